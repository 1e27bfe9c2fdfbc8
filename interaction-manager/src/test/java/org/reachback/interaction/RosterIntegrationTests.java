package org.reachback.interaction;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A roster changed through the admin API or by a WFM system's event changes slot capacity. Sam
 * (billing, faq) is re-planned; he is rostered all day again after each test.
 */
class RosterIntegrationTests extends ContactCentreIntegrationTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry registry;

	@AfterEach
	void rosterSamAllDayAgain() {
		centre.publish(Topics.AGENT, wfmPlans(Instant.now(), List.of()));
		await().until(() -> capacities("faq").equals(List.of(3)) && capacities("billing").equals(List.of(2)));
	}

	@Test
	void anAdministratorPlansARosterThroughTheApiAndItAppliesWhenConsumed() {
		await().until(() -> capacities("billing").equals(List.of(2)));

		// sam only works Monday mornings from now on
		ContactCentre.Response response = centre.call("admin", HttpMethod.PUT, "/api/v1/agents/sam/shifts", """
				{"timeZone":"Europe/London","weekly":[{"day":"MONDAY","start":"09:00","end":"12:00"}]}""");

		assertThat(response.status()).isEqualTo(HttpStatus.ACCEPTED);
		AgentShiftsChanged published = centre.awaitPublished(AgentShiftsChanged.class,
				plan -> plan.agentId().equals("sam"));
		assertThat(published.source()).isEqualTo("admin-api");
		assertThat(published.weekly()).containsExactly(new Shift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.NOON));
		// billing keeps maria's half: floor(900 × 0.5 / 360) = 1; faq has only sam, so nothing off Monday mornings
		await().until(() -> capacities("billing").equals(List.of(1, 2)) && capacities("faq").equals(List.of(0, 3)));
		assertThat(slotsWhereSamCounts("faq")).allSatisfy(start -> {
			assertThat(start.atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(start.atZone(LONDON).toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(11, 30));
		});
		assertThat(samsOwnSlots()).allSatisfy(start -> assertThat(start.atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));

		JsonNode applied = json.readTree(centre.call("sam", HttpMethod.GET, "/api/v1/agents/sam/shifts", null).body());
		assertThat(applied.path("source").asString()).isEqualTo("admin-api");
		assertThat(applied.path("weekly")).hasSize(1);
	}

	@Test
	void aWfmSystemsRosterWithLeaveAndOvertimeChangesCapacityAndAnOlderOneIsIgnored() {
		await().until(() -> capacities("faq").equals(List.of(3)));
		LocalDate inTwoDays = LocalDate.now(LONDON).plusDays(2);
		LocalDate inThreeDays = inTwoDays.plusDays(1);

		// no weekly shifts: on leave from the rota, except overtime in three days' time
		Instant planned = Instant.now();
		centre.publish(Topics.AGENT, new AgentShiftsChanged(UUID.randomUUID(), planned, "sam", "Europe/London", List.of(),
				List.of(new ShiftException(inThreeDays, ShiftException.Kind.OVERTIME, LocalTime.of(14, 0),
						LocalTime.of(15, 0))),
				"wfm"));

		await().until(() -> capacities("faq").equals(List.of(0, 3)));
		assertThat(slotsWhereSamCounts("faq")).hasSize(2)
			.allSatisfy(start -> assertThat(start.atZone(LONDON).toLocalDate()).isEqualTo(inThreeDays));

		// a plan made earlier, arriving late, changes nothing
		AgentShiftsChanged older = wfmPlans(planned.minusSeconds(60), List.of());
		centre.publish(Topics.AGENT, older);
		await().until(() -> processed(older.eventId()));
		assertThat(capacities("faq")).containsExactly(0, 3);

		// all day again, but on leave in two days' time
		centre.publish(Topics.AGENT, wfmPlans(Instant.now(),
				List.of(new ShiftException(inTwoDays, ShiftException.Kind.LEAVE, null, null))));
		await().until(() -> slotsWhereSamCounts("faq").size() > 40);
		assertThat(capacities("faq")).containsExactly(0, 3);
		assertThat(jdbc.sql("select slot_start from interaction.callback_availability_view where queue = 'faq' and capacity = 0")
			.query(Instant.class)
			.list()).isNotEmpty().allSatisfy(start -> assertThat(start.atZone(LONDON).toLocalDate()).isEqualTo(inTwoDays));
	}

	@Test
	void aPlanThatCannotApplyIsDeadLetteredAndChangesNothing() {
		await().until(() -> capacities("faq").equals(List.of(3)));
		double before = deadLetteredAsInvalid();

		centre.publish(Topics.AGENT, new AgentShiftsChanged(UUID.randomUUID(), Instant.now(), "sam", "Mars/Olympus",
				List.of(), List.of(), "wfm"));

		await().until(() -> deadLetteredAsInvalid() == before + 1);
		assertThat(capacities("faq")).containsExactly(3);
	}

	@Test
	void onlyAdministratorsPlanRostersAndBadPlansAreProblems() {
		String plan = """
				{"timeZone":"Europe/London","weekly":[{"day":"MONDAY","start":"09:00","end":"17:00"}]}""";
		assertThat(centre.call("sam", HttpMethod.PUT, "/api/v1/agents/sam/shifts", plan).status())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(centre.call(null, HttpMethod.PUT, "/api/v1/agents/sam/shifts", plan).status())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ContactCentre.Response unknown = centre.call("admin", HttpMethod.PUT, "/api/v1/agents/nobody/shifts", plan);
		assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.body()).contains("nobody");

		for (String bad : List.of("""
				{"timeZone":"Mars/Olympus","weekly":[]}""", """
				{"weekly":[]}""", """
				{"timeZone":"Europe/London","weekly":[{"day":"MONDAY","start":"9am","end":"17:00"}]}""", """
				{"timeZone":"Europe/London","weekly":[{"day":"FUNDAY","start":"09:00","end":"17:00"}]}""", """
				{"timeZone":"Europe/London","weekly":[{"start":"09:00","end":"17:00"}]}""", """
				{"timeZone":"Europe/London","exceptions":[{"date":"2026-12-24","kind":"OVERTIME"}]}""", """
				{"timeZone":"Europe/London","exceptions":[{"date":"24/12/2026","kind":"LEAVE"}]}""")) {
			ContactCentre.Response response = centre.call("admin", HttpMethod.PUT, "/api/v1/agents/sam/shifts", bad);
			assertThat(response.status()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.contentType()).as(bad).contains("application/problem+json");
		}
		assertThat(centre.call("admin", HttpMethod.PUT, "/api/v1/agents/sam/shifts", """
				{"timeZone":"Mars/Olympus","weekly":[]}""").body()).contains("Mars/Olympus");
		assertThat(centre.findPublished(AgentShiftsChanged.class, changed -> true)).isEmpty();
		assertThat(centre.call("li", HttpMethod.GET, "/api/v1/agents/sam/shifts", null).status())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private static AgentShiftsChanged wfmPlans(Instant occurredAt, List<ShiftException> exceptions) {
		return new AgentShiftsChanged(UUID.randomUUID(), occurredAt, "sam", "Europe/London",
				Arrays.stream(DayOfWeek.values()).map(day -> new Shift(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList(),
				exceptions, "wfm");
	}

	private double deadLetteredAsInvalid() {
		Counter counter = registry.find("reachback.messaging.dead.letters")
			.tags("topic", Topics.AGENT, "reason", "invalid")
			.counter();
		return counter == null ? 0 : counter.count();
	}

	private List<Integer> capacities(String queue) {
		return jdbc.sql("select distinct capacity from interaction.callback_availability_view where queue = ? order by 1")
			.param(queue)
			.query(Integer.class)
			.list();
	}

	private List<Instant> slotsWhereSamCounts(String queue) {
		return jdbc.sql("select slot_start from interaction.callback_availability_view where queue = ? and capacity > 0")
			.param(queue)
			.query(Instant.class)
			.list();
	}

	private List<Instant> samsOwnSlots() {
		return jdbc.sql("select slot_start from interaction.agent_availability_view where agent_id = 'sam'")
			.query(Instant.class)
			.list();
	}

	private boolean processed(UUID eventId) {
		return jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single() == 1;
	}

}
