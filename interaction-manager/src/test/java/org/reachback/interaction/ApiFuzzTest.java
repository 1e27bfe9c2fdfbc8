package org.reachback.interaction;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.callback.CallbackDue;
import org.reachback.testing.TestHttp;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Issue 10: every operation interaction-manager's specification lists, called with valid, boundary
 * and hostile values ({@code -Dreachback.fuzz.cases}, default 1800, from {@code -Dreachback.fuzz.seed})
 * by an agent or an administrator, answers only what the specification documents, and never a
 * server error. An open offer to Maria gives the fuzzer an offer id that reaches past the 404s.
 */
class ApiFuzzTest extends ContactCentreIntegrationTest {

	private static final int CASES = 1800;

	private static final List<String> AGENTS = List.of("maria", "li", "sam");

	private static final List<String> CALLERS = List.of(demoUser("maria"), demoUser("maria"), demoUser("li"),
			demoUser("admin"), demoUser("admin"));

	/** Every day, all day, as the tests' configuration rosters every agent. */
	private static final String ALL_DAY_EVERY_DAY = Arrays.stream(DayOfWeek.values())
		.map(day -> "{\"day\":\"" + day + "\",\"start\":\"00:00\",\"end\":\"24:00\"}")
		.collect(Collectors.joining(",", "{\"timeZone\":\"Europe/London\",\"weekly\":[", "]}"));

	@Autowired
	JsonMapper json;

	/** The fuzzer plans rosters; the other tests count capacity from the configured ones. */
	@AfterEach
	void rosterEveryAgentAllDayAgain() {
		await().until(() -> jdbc.sql("select count(*) from outbox_event").query(Integer.class).single() == 0);
		Map<String, Instant> planned = new LinkedHashMap<>();
		for (String agent : AGENTS) {
			ContactCentre.Response accepted = centre.call("admin", HttpMethod.PUT, "/api/v1/agents/" + agent + "/shifts",
					ALL_DAY_EVERY_DAY);
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(HttpStatus.ACCEPTED);
			planned.put(agent, Instant.parse(json.readTree(accepted.body()).path("occurredAt").asString()));
		}
		planned.forEach((agent, at) -> await().until(() -> !plannedAt(agent).isBefore(at.truncatedTo(ChronoUnit.MICROS))));
	}

	@Test
	void theSpecificationDocumentsEveryErrorAsAProblemAndHidesTheErrorPage() {
		assertThat(fuzzer().specification().documentationGaps()).isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyWhatItsSpecificationDocuments() {
		centre.available("maria");
		CallbackDue due = centre.callbackDue("billing", "maria");
		AgentReserved offered = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		FuzzSettings settings = FuzzSettings.fromSystemProperties(CASES);
		Credentials agentsAndAdministrators = (operation, pathValues, random) -> CALLERS.get(random.nextInt(CALLERS.size()));

		FuzzReport report = fuzzer().credentials(agentsAndAdministrators.sometimesWrong())
			.known(KnownValues.none()
				.with("agentId", "maria", "maria", "li", "sam")
				.with("offerId", offered.offerId().toString())
				.with("queue", "billing", "orders", "tech-support", "faq")
				.with("timeZone", "Europe/London", "America/New_York", "UTC")
				.with("start", "00:00", "09:00", "22:00")
				.with("end", "24:00", "17:30", "06:00"))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached an agent, a queue or an offer");
	}

	private ApiFuzzer fuzzer() {
		return ApiFuzzer.against(TestHttp.onPort(port)).readingTheSpecificationAs(demoUser("admin"));
	}

	/** When the agent's applied roster was planned. */
	private Instant plannedAt(String agent) {
		ContactCentre.Response roster = centre.call("admin", HttpMethod.GET, "/api/v1/agents/" + agent + "/shifts", null);
		JsonNode plannedAt = json.readTree(roster.body()).path("plannedAt");
		return plannedAt.isString() ? Instant.parse(plannedAt.asString()) : Instant.EPOCH;
	}

}
