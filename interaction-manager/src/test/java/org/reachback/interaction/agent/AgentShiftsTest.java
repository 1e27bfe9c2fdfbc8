package org.reachback.interaction.agent;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException.Kind;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentShiftsTest {

	// Monday 2026-06-01 to Monday 2026-06-08 00:00 in London (UTC+1 in summer)
	private static final Instant WEEK_STARTS = Instant.parse("2026-05-31T23:00:00Z");

	private static final Instant WEEK_ENDS = Instant.parse("2026-06-07T23:00:00Z");

	@Test
	void weeklyShiftsRepeatOnTheirDayInTheAgentsTimeZone() {
		AgentShifts maria = shifts("Europe/London", List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00"),
				shift(DayOfWeek.WEDNESDAY, "09:00", "13:00")), List.of());

		assertThat(maria.workingTime(WEEK_STARTS, WEEK_ENDS).asRanges()).containsExactly(
				range("2026-06-01T08:00:00Z", "2026-06-01T16:00:00Z"), range("2026-06-03T08:00:00Z", "2026-06-03T12:00:00Z"));
	}

	@Test
	void aShiftEndsAtTheNextEndAfterItsStart() {
		AgentShifts night = shifts("Europe/London", List.of(shift(DayOfWeek.SUNDAY, "22:00", "06:00"),
				shift(DayOfWeek.TUESDAY, "00:00", "00:00")), List.of());

		// Sunday 31 May's night shift runs into the week; Sunday 7 June's runs out of it
		assertThat(night.workingTime(WEEK_STARTS, WEEK_ENDS).asRanges()).containsExactly(
				range("2026-05-31T23:00:00Z", "2026-06-01T05:00:00Z"), range("2026-06-01T23:00:00Z", "2026-06-02T23:00:00Z"),
				range("2026-06-07T21:00:00Z", "2026-06-07T23:00:00Z"));
	}

	@Test
	void aWholeDayIsAsLongAsTheClocksMakeIt() {
		AgentShifts sundays = shifts("Europe/London", List.of(shift(DayOfWeek.SUNDAY, "00:00", "24:00")), List.of());

		assertThat(hours(sundays, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z")).isEqualTo(23);
		assertThat(hours(sundays, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z")).isEqualTo(25);
	}

	@Test
	void leaveTakesTimeOffAndOvertimeAddsIt() {
		AgentShifts sam = shifts("Europe/London",
				List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00"), shift(DayOfWeek.TUESDAY, "09:00", "17:00"),
						shift(DayOfWeek.WEDNESDAY, "09:00", "17:00")),
				List.of(new ShiftException(LocalDate.of(2026, 6, 1), Kind.LEAVE, null, null),
						new ShiftException(LocalDate.of(2026, 6, 2), Kind.LEAVE, LocalTime.of(12, 0), LocalTime.of(14, 0)),
						new ShiftException(LocalDate.of(2026, 6, 3), Kind.OVERTIME, LocalTime.of(17, 0),
								LocalTime.of(19, 0)),
						new ShiftException(LocalDate.of(2026, 6, 6), Kind.OVERTIME, LocalTime.of(10, 0),
								LocalTime.of(12, 0))));

		assertThat(sam.workingTime(WEEK_STARTS, WEEK_ENDS).asRanges()).containsExactly(
				// Monday on leave; Tuesday's lunch off; Wednesday two hours longer; Saturday overtime
				range("2026-06-02T08:00:00Z", "2026-06-02T11:00:00Z"), range("2026-06-02T13:00:00Z", "2026-06-02T16:00:00Z"),
				range("2026-06-03T08:00:00Z", "2026-06-03T18:00:00Z"), range("2026-06-06T09:00:00Z", "2026-06-06T11:00:00Z"));
	}

	@Test
	void leaveOnADateTakesTheNightShiftsHoursThatFallOnIt() {
		AgentShifts night = shifts("Europe/London", List.of(shift(DayOfWeek.MONDAY, "22:00", "06:00")),
				List.of(new ShiftException(LocalDate.of(2026, 6, 2), Kind.LEAVE, null, null)));

		assertThat(night.workingTime(WEEK_STARTS, WEEK_ENDS).asRanges())
			.containsExactly(range("2026-06-01T21:00:00Z", "2026-06-01T23:00:00Z"));
	}

	@Test
	void workingTimeIsCutToTheWindowAsked() {
		AgentShifts maria = shifts("Asia/Tokyo", List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00")), List.of());

		// Monday 2026-06-01 09:00-17:00 in Tokyo is 00:00-08:00Z
		assertThat(maria.workingTime(Instant.parse("2026-06-01T07:00:00Z"), Instant.parse("2026-06-01T12:00:00Z"))
			.asRanges()).containsExactly(range("2026-06-01T07:00:00Z", "2026-06-01T08:00:00Z"));
	}

	@Test
	void aPlanThatCannotApplyNamesEveryProblem() {
		AgentShiftsChanged bad = new AgentShiftsChanged(UUID.randomUUID(), Instant.now(), "maria", "Mars/Olympus",
				List.of(new Shift(null, LocalTime.NOON, LocalTime.MIDNIGHT)),
				List.of(new ShiftException(LocalDate.of(2026, 6, 1), Kind.OVERTIME, null, null),
						new ShiftException(LocalDate.of(2026, 6, 2), Kind.LEAVE, LocalTime.NOON, null),
						new ShiftException(null, Kind.LEAVE, null, null)),
				"wfm");

		assertThatThrownBy(() -> AgentShifts.of(bad)).isInstanceOf(InvalidShiftsException.class)
			.hasMessageContaining("timeZone 'Mars/Olympus' is not a time zone")
			.hasMessageContaining("weekly[0] needs day, start and end")
			.hasMessageContaining("exceptions[0] is overtime and needs start and end")
			.hasMessageContaining("exceptions[1] needs both start and end, or neither")
			.hasMessageContaining("exceptions[2] needs date and kind");
		assertThatThrownBy(() -> AgentShifts.timeOfDay("9am", "start")).hasMessageContaining("'9am' is not a time of day");
		assertThat(AgentShifts.timeOfDay("24:00", "end")).isEqualTo(LocalTime.MIDNIGHT);
	}

	private static long hours(AgentShifts shifts, String from, String until) {
		RangeSet<Instant> working = shifts.workingTime(Instant.parse(from), Instant.parse(until));
		return working.asRanges()
			.stream()
			.mapToLong(range -> Duration.between(range.lowerEndpoint(), range.upperEndpoint()).toHours())
			.sum();
	}

	static AgentShifts shifts(String zone, List<Shift> weekly, List<ShiftException> exceptions) {
		return AgentShifts.of(new AgentShiftsChanged(UUID.randomUUID(), Instant.EPOCH, "agent", zone, weekly, exceptions,
				"test"));
	}

	static Shift shift(DayOfWeek day, String start, String end) {
		return new Shift(day, AgentShifts.timeOfDay(start, "start"), AgentShifts.timeOfDay(end, "end"));
	}

	private static Range<Instant> range(String start, String end) {
		return Range.closedOpen(Instant.parse(start), Instant.parse(end));
	}

}
