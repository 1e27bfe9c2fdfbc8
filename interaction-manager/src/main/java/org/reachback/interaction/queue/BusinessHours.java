package org.reachback.interaction.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a queue is open, in its own time zone. The hours of a date are its special hours if it has
 * any, else none if it is a closure, else the weekly hours of its day of the week (a day that is not
 * listed is closed). Times are wall-clock times in {@code timeZone}, so opening hours stay put when
 * daylight saving time starts or ends.
 *
 * @param closures whole days closed, such as public holidays
 * @param specialHours a date's hours instead of its weekly ones (a dated entry beats an every-year one)
 */
public record BusinessHours(ZoneId timeZone, Map<DayOfWeek, Hours> days, List<CalendarDate> closures,
		Map<CalendarDate, Hours> specialHours) {

	public BusinessHours {
		timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
		days = days == null || days.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(days));
		closures = closures == null ? List.of() : List.copyOf(closures);
		specialHours = specialHours == null ? Map.of() : Map.copyOf(specialHours);
	}

	/** The same hours every week, without closures or special hours. */
	public static BusinessHours weekly(ZoneId timeZone, Map<DayOfWeek, Hours> days) {
		return new BusinessHours(timeZone, days, null, null);
	}

	public static BusinessHours closed() {
		return weekly(null, null);
	}

	/** The hours of {@code date}, if the queue opens that day. */
	public Optional<Hours> hoursOn(LocalDate date) {
		Optional<Hours> special = specialHours.entrySet()
			.stream()
			.filter(entry -> entry.getKey().matches(date))
			.min(Comparator.comparing(entry -> entry.getKey().everyYear()))
			.map(Map.Entry::getValue);
		if (special.isPresent()) {
			return special;
		}
		if (closures.stream().anyMatch(closure -> closure.matches(date))) {
			return Optional.empty();
		}
		return Optional.ofNullable(days.get(date.getDayOfWeek()));
	}

	/** The open period of {@code date}, if the queue opens that day. */
	public Optional<Period> openOn(LocalDate date) {
		return hoursOn(date).map(hours -> {
			ZonedDateTime opens = date.atTime(hours.opensAt()).atZone(timeZone);
			ZonedDateTime closes = hours.closesAtMidnight() ? date.plusDays(1).atStartOfDay(timeZone)
					: date.atTime(hours.closesAt()).atZone(timeZone);
			return new Period(opens, closes);
		});
	}

	/** Whether the queue is open at {@code instant}. */
	public boolean isOpenAt(Instant instant) {
		LocalDate date = instant.atZone(timeZone).toLocalDate();
		return openOn(date).filter(period -> period.contains(instant)).isPresent();
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

		boolean contains(Instant instant) {
			return !instant.isBefore(opens.toInstant()) && instant.isBefore(closes.toInstant());
		}

	}

}
