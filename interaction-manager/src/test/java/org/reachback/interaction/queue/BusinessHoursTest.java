package org.reachback.interaction.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.queue.BusinessHours.Hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessHoursTest {

	private static final Hours NINE_TO_FIVE = new Hours("09:00", "17:00");

	private static final Hours MORNING = new Hours("09:00", "12:00");

	private static final BusinessHours WEEKDAYS = new BusinessHours(ZoneId.of("Europe/London"),
			Map.of(DayOfWeek.MONDAY, NINE_TO_FIVE, DayOfWeek.TUESDAY, NINE_TO_FIVE, DayOfWeek.WEDNESDAY, NINE_TO_FIVE,
					DayOfWeek.THURSDAY, NINE_TO_FIVE, DayOfWeek.FRIDAY, NINE_TO_FIVE),
			List.of(CalendarDate.valueOf("12-25"), CalendarDate.valueOf("2026-12-28")),
			Map.of(CalendarDate.valueOf("12-24"), MORNING, CalendarDate.valueOf("2027-12-24"), NINE_TO_FIVE,
					CalendarDate.valueOf("12-26"), MORNING));

	@Test
	void aDatesHoursAreItsSpecialHoursElseNoneIfClosedElseItsWeeklyHours() {
		// Thursday 2026-12-24: special hours every year
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 24))).contains(MORNING);
		// Friday 25th: closed every year
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 25))).isEmpty();
		// Saturday 26th: special hours on a day that is closed every week
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 26))).contains(MORNING);
		// Sunday: not listed, closed
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 27))).isEmpty();
		// Monday 28th: closed in 2026 only
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 28))).isEmpty();
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2027, 12, 28))).contains(NINE_TO_FIVE);
		// Tuesday 29th: the weekly hours
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2026, 12, 29))).contains(NINE_TO_FIVE);
	}

	@Test
	void specialHoursOfOneDateBeatThoseOfEveryYear() {
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2027, 12, 24))).contains(NINE_TO_FIVE);
		assertThat(WEEKDAYS.hoursOn(LocalDate.of(2028, 12, 24))).contains(MORNING);
	}

	@Test
	void openAtFollowsTheHoursInTheQueuesTimeZone() {
		// Christmas Eve 2026 is in winter: London is on UTC
		assertThat(WEEKDAYS.isOpenAt(Instant.parse("2026-12-24T11:59:00Z"))).isTrue();
		assertThat(WEEKDAYS.isOpenAt(Instant.parse("2026-12-24T12:00:00Z"))).isFalse();
		assertThat(WEEKDAYS.isOpenAt(Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
		// Monday 2026-06-01 09:00 in London is 08:00Z
		assertThat(WEEKDAYS.isOpenAt(Instant.parse("2026-06-01T07:59:00Z"))).isFalse();
		assertThat(WEEKDAYS.isOpenAt(Instant.parse("2026-06-01T08:00:00Z"))).isTrue();
	}

	@Test
	void calendarDatesAreOneDateOrTheSameDayEveryYear() {
		assertThat(CalendarDate.valueOf("01-01").matches(LocalDate.of(2031, 1, 1))).isTrue();
		assertThat(CalendarDate.valueOf("2026-01-01").matches(LocalDate.of(2031, 1, 1))).isFalse();
		assertThat(CalendarDate.valueOf("02-29").matches(LocalDate.of(2028, 2, 29))).isTrue();
		assertThat(CalendarDate.valueOf(" 12-25 ")).hasToString("12-25");
		assertThatThrownBy(() -> CalendarDate.valueOf("25/12")).hasMessageContaining("'25/12' is not a date");
		assertThatThrownBy(() -> CalendarDate.valueOf("2026-13-01")).isInstanceOf(IllegalArgumentException.class);
	}

}
