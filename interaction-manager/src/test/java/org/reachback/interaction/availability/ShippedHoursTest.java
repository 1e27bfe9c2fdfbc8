package org.reachback.interaction.availability;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reachback.interaction.queue.QueueProperties;
import org.reachback.interaction.queue.QueueSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The slots the shipped configuration offers, with the clock set to the days that matter. */
class ShippedHoursTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static QueueProperties queues;

	@BeforeAll
	static void bindTheShippedConfiguration() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addFirst);
		queues = Binder.get(environment).bindOrCreate("reachback", QueueProperties.class);
	}

	@Test
	void ordersOpensOnWeekdaysAndSaturdayMorningsInLondonTime() {
		// from Monday 2026-06-01 00:00 in London for the 7-day horizon
		List<Slot> week = offered("orders", "2026-05-31T23:00:00Z");

		assertThat(week).allSatisfy(slot -> {
			ZonedDateTime start = slot.start().atZone(LONDON);
			ZonedDateTime end = slot.end().atZone(LONDON);
			assertThat(start.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
			if (start.getDayOfWeek() == DayOfWeek.SATURDAY) {
				assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(12, 30));
				assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.of(13, 0));
			}
			else {
				assertThat(start.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(19, 30));
			}
		});
		// five weekdays of 12 hours and a Saturday morning of 4, in half hours
		assertThat(week).hasSize(5 * 24 + 8);
		assertThat(week.get(0).start()).isEqualTo(Instant.parse("2026-06-01T07:00:00Z"));
	}

	@Test
	void ordersIsClosedOnChristmasBoxingDayAndNewYearsDayEveryYear() {
		// Thursday 2026-12-24 00:00 in London: open on the 24th, closed Friday 25th, Saturday 26th, Sunday
		List<Slot> christmas = offered("orders", "2026-12-24T00:00:00Z");

		assertThat(christmas).extracting(slot -> slot.start().atZone(LONDON).toLocalDate())
			.doesNotContain(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 27))
			.contains(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28));
		// Thursday 24th, Monday to Wednesday 28th-30th; Thursday 31st begins after the horizon ends
		assertThat(christmas).hasSize(4 * 24);

		// New Year's Day 2028 is a Saturday: closed all day, though Saturdays open in the morning
		assertThat(offered("orders", "2027-12-31T00:00:00Z"))
			.extracting(slot -> slot.start().atZone(LONDON).toLocalDate())
			.doesNotContain(LocalDate.of(2028, 1, 1))
			.contains(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 3));
	}

	@Test
	void ordersOpensAtEightLondonTimeOnEitherSideOfTheClockChange() {
		// the clocks go forward on Sunday 2026-03-29: 08:00 is 08:00Z on the Friday, 07:00Z on the Monday
		List<Slot> slots = offered("orders", "2026-03-27T00:00:00Z");

		assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
		assertThat(slots).extracting(Slot::start)
			.contains(Instant.parse("2026-03-30T07:00:00Z"))
			.doesNotContain(Instant.parse("2026-03-30T06:30:00Z"), Instant.parse("2026-03-29T09:00:00Z"));
	}

	@Test
	void theOtherQueuesStayOpenAroundTheClockAndBillingCallbacksTakeHalfTheAgentsTime() {
		for (String queue : List.of("billing", "tech-support", "faq")) {
			// 7 days of half hours less the first, inside the 15-minute lead time
			assertThat(offered(queue, "2026-12-25T10:00:00Z")).hasSize(7 * 48 - 1);
		}
		QueueSettings billing = queues.settings("billing");
		assertThat(billing.maxCallbackShare()).isEqualTo(0.5);
		assertThat(queues.settings("orders").maxCallbackShare()).isEqualTo(1.0);
		assertThat(billing.horizon()).hasDays(7);
		assertThat(billing.minimumLeadTime()).hasMinutes(15);
	}

	private static List<Slot> offered(String queue, String now) {
		return new SlotPlanner(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).offered(queues.settings(queue));
	}

}
