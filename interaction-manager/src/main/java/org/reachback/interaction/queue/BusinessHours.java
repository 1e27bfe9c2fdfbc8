package org.reachback.interaction.queue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a queue is open, in its own time zone: opening hours per day of the week; a day that is not
 * listed is closed. Times are wall-clock times in {@code timeZone}, so opening hours stay put when
 * daylight saving time starts or ends.
 */
public record BusinessHours(ZoneId timeZone, Map<DayOfWeek, Hours> days) {

	public BusinessHours {
		timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
		days = days == null || days.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(days));
	}

	public static BusinessHours closed() {
		return new BusinessHours(null, null);
	}

	/** The open period of {@code date}, if the queue opens that day. */
	public Optional<Period> openOn(LocalDate date) {
		Hours hours = days.get(date.getDayOfWeek());
		if (hours == null) {
			return Optional.empty();
		}
		ZonedDateTime opens = date.atTime(hours.opensAt()).atZone(timeZone);
		ZonedDateTime closes = hours.closesAtMidnight() ? date.plusDays(1).atStartOfDay(timeZone)
				: date.atTime(hours.closesAt()).atZone(timeZone);
		return Optional.of(new Period(opens, closes));
	}

	/**
	 * Opening hours of one day as {@code HH:mm} wall-clock times; {@code close} may be {@code 24:00}
	 * for "until midnight".
	 */
	public record Hours(String open, String close) {

		private static final String MIDNIGHT_END = "24:00";

		public Hours {
			if (open == null || close == null) {
				throw new IllegalArgumentException("Business hours need both open and close, e.g. 09:00 and 17:00");
			}
			LocalTime opens = parse(open);
			if (!MIDNIGHT_END.equals(close) && !parse(close).isAfter(opens)) {
				throw new IllegalArgumentException("Business hours close (" + close + ") must be after open (" + open + ")");
			}
		}

		LocalTime opensAt() {
			return parse(open);
		}

		LocalTime closesAt() {
			return parse(close);
		}

		boolean closesAtMidnight() {
			return MIDNIGHT_END.equals(close);
		}

		private static LocalTime parse(String time) {
			try {
				return LocalTime.parse(time);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("'" + time + "' is not a time of day such as 09:00", ex);
			}
		}

	}

	/** One day's open period as zoned instants; {@code closes} is exclusive. */
	public record Period(ZonedDateTime opens, ZonedDateTime closes) {
	}

}
