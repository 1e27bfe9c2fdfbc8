package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.queue.BusinessHours;
import org.reachback.interaction.queue.BusinessHours.Hours;
import org.reachback.interaction.queue.QueueSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotPlannerTest {

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	private static final BusinessHours WEEKDAYS_IN_MADRID = BusinessHours.weekly(ZoneId.of("Europe/Madrid"),
			Map.of(DayOfWeek.MONDAY, new Hours("09:00", "17:00"), DayOfWeek.TUESDAY, new Hours("09:00", "17:00"),
					DayOfWeek.WEDNESDAY, new Hours("09:00", "17:00"), DayOfWeek.THURSDAY, new Hours("09:00", "17:00"),
					DayOfWeek.FRIDAY, new Hours("09:00", "13:30")));

	private static final BusinessHours ALWAYS_IN_LONDON = BusinessHours.weekly(ZoneId.of("Europe/London"),
			Map.of(DayOfWeek.MONDAY, allDay(), DayOfWeek.TUESDAY, allDay(), DayOfWeek.WEDNESDAY, allDay(),
					DayOfWeek.THURSDAY, allDay(), DayOfWeek.FRIDAY, allDay(), DayOfWeek.SATURDAY, allDay(),
					DayOfWeek.SUNDAY, allDay()));

	@Test
	void slotsFillTheOpeningHoursInTheQueuesTimeZone() {
		// Monday 2025-06-02, 00:00 UTC; Madrid is UTC+2 in summer
		List<Slot> slots = SlotPlanner.slots(WEEKDAYS_IN_MADRID, HALF_HOUR, Instant.parse("2025-06-02T00:00:00Z"),
				Instant.parse("2025-06-03T00:00:00Z"));

		assertThat(slots).hasSize(16);
		assertThat(slots.get(0)).isEqualTo(slot("2025-06-02T07:00:00Z", "2025-06-02T07:30:00Z"));
		assertThat(slots.get(15)).isEqualTo(slot("2025-06-02T14:30:00Z", "2025-06-02T15:00:00Z"));
	}

	@Test
	void theSameWallClockHoursMoveWithDaylightSavingTime() {
		// Monday 2025-12-01: Madrid is UTC+1 in winter
		List<Slot> slots = SlotPlanner.slots(WEEKDAYS_IN_MADRID, HALF_HOUR, Instant.parse("2025-12-01T00:00:00Z"),
				Instant.parse("2025-12-02T00:00:00Z"));

		assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2025-12-01T08:00:00Z"));
	}

	@Test
	void closedDaysHaveNoSlots() {
		// Saturday 2025-06-07 to Monday 2025-06-09 00:00 UTC (Monday 02:00 in Madrid, still closed)
		assertThat(SlotPlanner.slots(WEEKDAYS_IN_MADRID, HALF_HOUR, Instant.parse("2025-06-07T00:00:00Z"),
				Instant.parse("2025-06-09T00:00:00Z")))
			.isEmpty();
	}

	@Test
	void slotsThatStartedOrWouldOutlastClosingAreNotOffered() {
		// Friday 2025-06-06 12:10 in Madrid, open 09:00-13:30
		List<Slot> slots = SlotPlanner.slots(WEEKDAYS_IN_MADRID, Duration.ofMinutes(45),
				Instant.parse("2025-06-06T10:10:00Z"), Instant.parse("2025-06-07T00:00:00Z"));

		// 45-minute slots from 09:00; of those still to start, only 12:45-13:30 ends by closing time
		assertThat(slots).containsExactly(slot("2025-06-06T10:45:00Z", "2025-06-06T11:30:00Z"));
	}

	@Test
	void theHorizonLimitsHowFarAheadSlotsStart() {
		List<Slot> slots = SlotPlanner.slots(WEEKDAYS_IN_MADRID, HALF_HOUR, Instant.parse("2025-06-02T07:00:00Z"),
				Instant.parse("2025-06-02T08:00:00Z"));

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2025-06-02T07:00:00Z"), Instant.parse("2025-06-02T07:30:00Z"));
	}

	@Test
	void openAllDayRunsUntilMidnightInTheQueuesZone() {
		BusinessHours always = BusinessHours.weekly(ZoneId.of("America/New_York"),
				Map.of(DayOfWeek.SUNDAY, new Hours("00:00", "24:00")));

		// Sunday 2025-06-01 in New York is 04:00Z to 04:00Z next day
		List<Slot> slots = SlotPlanner.slots(always, HALF_HOUR, Instant.parse("2025-06-01T00:00:00Z"),
				Instant.parse("2025-06-03T00:00:00Z"));

		assertThat(slots).hasSize(48);
		assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2025-06-01T04:00:00Z"));
		assertThat(slots.get(47).end()).isEqualTo(Instant.parse("2025-06-02T04:00:00Z"));
	}

	@Test
	void offeredSlotsStartNoSoonerThanTheLeadTimeAndBeforeTheHorizonEnds() {
		// Monday 2025-06-02 08:50 in Madrid, 15 minutes lead time, a 2-hour horizon
		SlotPlanner planner = new SlotPlanner(Clock.fixed(Instant.parse("2025-06-02T06:50:00Z"), ZoneOffset.UTC));
		QueueSettings settings = new QueueSettings(null, HALF_HOUR, Duration.ofHours(2), null, null, WEEKDAYS_IN_MADRID,
				null, Duration.ofMinutes(15));

		// 09:00 starts 10 minutes from now, sooner than the lead time; 11:00 starts after the horizon
		assertThat(planner.offered(settings)).extracting(Slot::start)
			.containsExactly(Instant.parse("2025-06-02T07:30:00Z"), Instant.parse("2025-06-02T08:00:00Z"),
					Instant.parse("2025-06-02T08:30:00Z"));
	}

	@Test
	void theDefaultsOfferSevenDaysFromFifteenMinutesAhead() {
		QueueSettings defaults = new QueueSettings(null, null, null, null, null, ALWAYS_IN_LONDON, null, null);
		// Monday 2025-06-02 12:00Z: the first slot is 12:30 (12:00 starts now), the last starts 11:30 a week on
		List<Slot> slots = new SlotPlanner(Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC))
			.offered(defaults);

		assertThat(slots).hasSize(7 * 48 - 1);
		assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2025-06-02T12:30:00Z"));
		assertThat(slots.get(slots.size() - 1).start()).isEqualTo(Instant.parse("2025-06-09T11:30:00Z"));
	}

	@Test
	void aDayIsShorterOrLongerWhenTheClocksChange() {
		// London: 29 March 2026 has 23 hours, 25 October 2026 has 25
		assertThat(SlotPlanner.slots(ALWAYS_IN_LONDON, HALF_HOUR, Instant.parse("2026-03-29T00:00:00Z"),
				Instant.parse("2026-03-29T23:00:00Z")))
			.hasSize(46)
			.allSatisfy(slot -> assertThat(slot.length()).isEqualTo(HALF_HOUR));
		assertThat(SlotPlanner.slots(ALWAYS_IN_LONDON, HALF_HOUR, Instant.parse("2026-10-24T23:00:00Z"),
				Instant.parse("2026-10-26T00:00:00Z")))
			.hasSize(50);
	}

	@Test
	void openingHoursMustMakeSense() {
		assertThatThrownBy(() -> new Hours("17:00", "09:00")).hasMessageContaining("must be after open");
		assertThatThrownBy(() -> new Hours("9am", "17:00")).hasMessageContaining("not a time of day");
	}

	private static Hours allDay() {
		return new Hours("00:00", "24:00");
	}

	private static Slot slot(String start, String end) {
		return new Slot(Instant.parse(start), Instant.parse(end));
	}

}
