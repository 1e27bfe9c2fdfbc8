package org.reachback.interaction.queue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * A date in a queue's calendar: one date ({@code 2026-12-24}) or the same day every year
 * ({@code 12-25}), so that fixed holidays need listing once.
 *
 * @param year null for every year
 */
public record CalendarDate(Integer year, MonthDay day) {

	/** Parses {@code yyyy-MM-dd} or {@code MM-dd}; the configuration binder calls it for every closure and special day. */
	public static CalendarDate valueOf(String text) {
		String date = text == null ? "" : text.strip();
		try {
			if (date.length() == 5) {
				return new CalendarDate(null, MonthDay.parse("--" + date));
			}
			LocalDate once = LocalDate.parse(date);
			return new CalendarDate(once.getYear(), MonthDay.from(once));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date such as 2026-12-24, nor a day of every year such as 12-25", ex);
		}
	}

	public boolean matches(LocalDate date) {
		return (year == null || year == date.getYear()) && day.equals(MonthDay.from(date));
	}

	boolean everyYear() {
		return year == null;
	}

	@Override
	public String toString() {
		return (year == null ? "" : year + "-") + String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
	}

}
