package org.reachback.platform.phone;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The local times of day at which a call may start, {@code start} inclusive, {@code end} exclusive.
 * An {@code end} of {@code 00:00} means midnight at the end of the day, so {@code 00:00–00:00} is
 * the whole day; otherwise {@code start} must come before {@code end} (a window never spans
 * midnight).
 */
public record CallingHours(LocalTime start, LocalTime end) {

	/** Where nothing stricter is configured: 08:00 to 21:00. */
	public static final CallingHours DEFAULT = new CallingHours(LocalTime.of(8, 0), LocalTime.of(21, 0));

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	public CallingHours {
		if (start == null || end == null) {
			throw new IllegalArgumentException("Calling hours need a start and an end, e.g. 08:00 and 21:00");
		}
		if (!endsAtMidnight(end) && !start.isBefore(end)) {
			throw new IllegalArgumentException("Calling hours must start before they end, not " + start + "–" + end
					+ "; a window that spans midnight is not supported");
		}
	}

	/** @param start and {@code end} as {@code HH:mm}, e.g. {@code 10:00} */
	public static CallingHours of(String start, String end) {
		return new CallingHours(LocalTime.parse(start), LocalTime.parse(end));
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(start) && (endsAtMidnight(end) || time.isBefore(end));
	}

	/** Whether every time of day is allowed. */
	public boolean allDay() {
		return start.equals(LocalTime.MIDNIGHT) && endsAtMidnight(end);
	}

	private static boolean endsAtMidnight(LocalTime end) {
		return end.equals(LocalTime.MIDNIGHT);
	}

	@Override
	public String toString() {
		return HH_MM.format(start) + "–" + (endsAtMidnight(end) ? "24:00" : HH_MM.format(end));
	}

}
