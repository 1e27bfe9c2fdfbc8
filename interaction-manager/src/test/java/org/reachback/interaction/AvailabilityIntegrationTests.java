package org.reachback.interaction;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Slot capacity from the test roster: maria (billing, orders), li (tech-support, orders) and sam
 * (billing, faq), all rostered all day every day, so each agent's half hour splits in two.
 */
class AvailabilityIntegrationTests extends ContactCentreIntegrationTest {

	@Autowired
	JsonMapper json;

	@Test
	void slotsCoverTheHorizonWithCapacityFromTheRosterNotFromWhoIsLoggedIn() {
		// everyone is offline: billing is floor((1800/2 + 1800/2) × 0.5 / 360) = 2
		await().until(() -> minCapacity("billing") == 2 && maxCapacity("billing") == 2);
		// open all day: 7 days of 30-minute slots that start at least 15 minutes from now
		assertThat(slots("billing")).isBetween(7 * 48 - 1, 7 * 48);
		// tech-support: floor(1800/2 / 600); faq: floor(1800/2 / 240); orders: floor((900 + 900) / 300)
		assertThat(capacities("tech-support")).containsOnly(1);
		assertThat(capacities("faq")).containsOnly(3);
		assertThat(capacities("orders")).containsOnly(6);

		centre.available("maria", "sam");
		await().until(() -> centre.queue("billing").agentsAvailable() == 2);

		await().during(Duration.ofSeconds(2)).until(() -> minCapacity("billing") == 2 && maxCapacity("billing") == 2);
	}

	@Test
	void ordersOffersSlotsOnlyInsideItsLondonHours() {
		ZoneId london = ZoneId.of("Europe/London");
		List<Instant> starts = jdbc.sql("select slot_start from interaction.callback_availability_view where queue = 'orders'")
			.query(Instant.class)
			.list();

		assertThat(starts).isNotEmpty().allSatisfy(start -> {
			ZonedDateTime local = start.atZone(london);
			assertThat(local.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
			assertThat(local.toLocalTime()).isBetween(LocalTime.of(local.getDayOfWeek() == DayOfWeek.SATURDAY ? 9 : 8, 0),
					LocalTime.of(local.getDayOfWeek() == DayOfWeek.SATURDAY ? 12 : 19, 30));
			assertThat(List.of("12-25", "12-26", "01-01")).doesNotContain(String.format("%02d-%02d",
					local.getMonthValue(), local.getDayOfMonth()));
		});
	}

	@Test
	void eachRosteredAgentHasTheirOwnCapacityInEachOfTheirQueues() {
		await().until(() -> jdbc.sql("select count(distinct (agent_id, queue)) from interaction.agent_availability_view")
			.query(Integer.class)
			.single() == 6);

		// floor(1800 × share / AHT), not split across the agent's queues
		assertThat(jdbc.sql("""
				select agent_id, agent_name, queue, min(capacity) as low, max(capacity) as high
				from interaction.agent_availability_view group by agent_id, agent_name, queue order by agent_id, queue""")
			.query((rs, row) -> tuple(rs.getString("agent_id"), rs.getString("agent_name"), rs.getString("queue"),
					rs.getInt("low"), rs.getInt("high")))
			.list()).containsExactly(tuple("li", "Li", "orders", 6, 6), tuple("li", "Li", "tech-support", 3, 3),
					tuple("maria", "Maria", "billing", 2, 2), tuple("maria", "Maria", "orders", 6, 6),
					tuple("sam", "Sam", "billing", 2, 2), tuple("sam", "Sam", "faq", 7, 7));
	}

	@Test
	void aBookingAgainstANamedAgentCountsInTheirOwnSlotAndInTheQueues() {
		await().until(() -> minCapacity("billing") == 2);
		Instant start = jdbc.sql("""
				select slot_start from interaction.agent_availability_view
				where agent_id = 'maria' and queue = 'billing' and booked = 0 order by slot_start desc limit 1""")
			.query(Instant.class)
			.single();
		UUID callbackId = UUID.randomUUID();
		int queueBooked = booked("callback_availability_view", "", start);

		jdbc.sql("insert into interaction.callback_booking (callback_id, queue, due_at, agent_id) values (?, 'billing', ?, 'maria')")
			.params(callbackId, Timestamp.from(start.plusSeconds(60)))
			.update();
		try {
			assertThat(booked("agent_availability_view", "and agent_id = 'maria'", start)).isEqualTo(1);
			assertThat(remaining("agent_availability_view", "and agent_id = 'maria'", start)).isEqualTo(1);
			assertThat(booked("agent_availability_view", "and agent_id = 'sam'", start)).isZero();
			assertThat(booked("callback_availability_view", "", start)).isEqualTo(queueBooked + 1);
		}
		finally {
			jdbc.sql("delete from interaction.callback_booking where callback_id = ?").param(callbackId).update();
		}
	}

	@Test
	void administratorsReadAQueuesAvailabilityWithTheReasonForEachFigure() {
		await().until(() -> minCapacity("billing") == 2);

		JsonNode day = json.readTree(centre.call("admin", HttpMethod.GET, "/api/v1/queues/billing/availability?days=1",
				null).body());
		// a day of half hours starting at least 15 minutes from now
		assertThat(day.size()).isBetween(46, 48);
		JsonNode first = day.get(0);
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("start", "end", "capacity", "booked");
		assertThat(first.path("start").asString()).endsWith("Z");
		assertThat(Duration.between(Instant.parse(first.path("start").asString()), Instant.parse(first.path("end").asString())))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(first.path("capacity").asInt()).isEqualTo(2);
		assertThat(json.readTree(centre.call("admin", HttpMethod.GET, "/api/v1/queues/billing/availability", null).body())
			.size()).isBetween(7 * 48 - 1, 7 * 48);

		JsonNode explained = json.readTree(centre.call("admin", HttpMethod.GET,
				"/api/v1/queues/billing/availability?days=1&explain=true", null).body()).get(0).path("explanation");
		assertThat(explained.path("averageHandleTimeSeconds").asLong()).isEqualTo(360);
		assertThat(explained.path("maxCallbackShare").asDouble()).isEqualTo(0.5);
		assertThat(explained.path("capacity").asInt()).isEqualTo(2);
		assertThat(explained.path("agents").findValuesAsString("agentId")).containsExactly("maria", "sam");
		assertThat(explained.path("agents").get(0).path("queues").asInt()).isEqualTo(2);
		assertThat(explained.path("agents").get(0).path("rosteredSeconds").asLong()).isEqualTo(1800);
		assertThat(explained.path("formula").asString()).isEqualTo("floor(900.00 s / 360 s) = 2");
	}

	@Test
	void theAvailabilityRouteIsForAdministratorsAboutQueuesThatExist() {
		assertThat(centre.call("maria", HttpMethod.GET, "/api/v1/queues/billing/availability", null).status())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ContactCentre.Response unknown = centre.call("admin", HttpMethod.GET, "/api/v1/queues/nope/availability", null);
		assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.contentType()).contains("application/problem+json");
		for (String days : List.of("0", "15", "-1", "two")) {
			ContactCentre.Response bad = centre.call("admin", HttpMethod.GET, "/api/v1/queues/billing/availability?days=" + days,
					null);
			assertThat(bad.status()).as("days=" + days).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(bad.contentType()).contains("application/problem+json");
		}
		assertThat(centre.call(null, HttpMethod.GET, "/v3/api-docs", null).body())
			.contains("/api/v1/queues/{queue}/availability", "/api/v1/agents/{agentId}/shifts");
	}

	private List<Integer> capacities(String queue) {
		return jdbc.sql("select distinct capacity from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.list();
	}

	private int booked(String view, String and, Instant start) {
		return figure("booked", view, and, start);
	}

	private int remaining(String view, String and, Instant start) {
		return figure("remaining", view, and, start);
	}

	private int figure(String column, String view, String and, Instant start) {
		return jdbc.sql("select coalesce(sum(" + column + "), 0) from interaction." + view
				+ " where queue = 'billing' and slot_start = ? " + and)
			.param(Timestamp.from(start))
			.query(Integer.class)
			.single();
	}

	private int slots(String queue) {
		return jdbc.sql("select count(*) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

	private int minCapacity(String queue) {
		return jdbc.sql("select coalesce(min(capacity), -1) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

	private int maxCapacity(String queue) {
		return jdbc.sql("select coalesce(max(capacity), -1) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

}
