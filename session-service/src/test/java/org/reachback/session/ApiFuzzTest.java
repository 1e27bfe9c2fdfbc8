package org.reachback.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Issue 10: every operation session-service's specification lists, called with valid, boundary and
 * hostile values ({@code -Dreachback.fuzz.cases}, default 1800, from {@code -Dreachback.fuzz.seed})
 * by Maria, Li or an administrator, answers only what the specification documents, and never a
 * server error. Chat sessions of both agents give the fuzzer ids that reach past the 404s.
 */
@ServiceIntegrationTest
class ApiFuzzTest {

	private static final int CASES = 1800;

	private static final List<String> CALLERS = List.of(demoUser("maria"), demoUser("maria"), demoUser("maria"),
			demoUser("li"), demoUser("admin"));

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void theSpecificationDocumentsEveryErrorAsAProblemAndHidesTheErrorPage() {
		assertThat(fuzzer().specification().documentationGaps()).isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyWhatItsSpecificationDocuments() {
		// several, as a completed session takes no more messages
		String[] mariasSessions = { connectedSession("maria", "Maria"), connectedSession("maria", "Maria"),
				connectedSession("maria", "Maria") };
		String lisSession = connectedSession("li", "Li");
		FuzzSettings settings = FuzzSettings.fromSystemProperties(CASES);
		Credentials agentsAndAdministrators = (operation, pathValues, random) -> CALLERS.get(random.nextInt(CALLERS.size()));

		FuzzReport report = fuzzer().credentials(agentsAndAdministrators.sometimesWrong())
			.known(KnownValues.none()
				.with("sessionId", mariasSessions)
				.with("sessionId", lisSession)
				.with("agentId", "maria", "li", "sam"))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached a session");
	}

	private ApiFuzzer fuzzer() {
		return ApiFuzzer.against(TestHttp.onPort(port)).readingTheSpecificationAs(demoUser("admin"));
	}

	/** A chat session of {@code agentId}'s, once it is connected. */
	private String connectedSession(String agentId, String agentName) {
		AgentAssigned assignment = assignment(agentId, agentName);
		try (TestKafka interactionManager = new TestKafka(bootstrapServers)) {
			interactionManager.publish(Topics.ASSIGNMENT, assignment);
		}
		TestHttp api = TestHttp.onPort(port);
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/v1/agents/" + agentId + "/sessions", demoUser(agentId))
				.body()
				.valueStream()
				.filter(session -> session.path("callbackId").asString().equals(assignment.callbackId().toString()))
				.filter(session -> session.path("status").asString().equals("CONNECTED"))
				.map(session -> session.path("sessionId").asString())
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	private static AgentAssigned assignment(String agentId, String agentName) {
		Instant now = Instant.now();
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", "+442079460958", Media.CHAT,
				new Customer("Ana", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle billing_dispute",
				List.of(new TranscriptLine(now.minusSeconds(120), Speaker.CUSTOMER, "Ana", "I was charged twice")));
		return new AgentAssigned(UUID.randomUUID(), now, UUID.randomUUID(), UUID.randomUUID(), agentId, agentName,
				Channel.CHAT, context, null);
	}

}
