package org.reachback.callback;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Issue 10: every operation callback-service's specification lists, called with valid, boundary and
 * hostile values ({@code -Dreachback.fuzz.cases}, default 1800, from {@code -Dreachback.fuzz.seed}),
 * answers only what the specification documents, and never a server error.
 */
@ServiceIntegrationTest
// Thousands of requests a minute from one client: with rate limits on, most would be answered 429.
@TestPropertySource(properties = "reachback.web.rate-limits.enabled=false")
class ApiFuzzTest {

	private static final int CASES = 1800;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSpecificationDocumentsEveryErrorAsAProblemAndHidesTheErrorPage() {
		assertThat(fuzzer().specification().documentationGaps()).isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyWhatItsSpecificationDocuments() {
		FuzzSettings settings = FuzzSettings.fromSystemProperties(CASES);
		FuzzReport report = fuzzer()
			.credentials(Credentials.always(demoUser("admin")).sometimesWrong())
			.known(KnownValues.none()
				.with("id", rejectedCallback().toString(), rejectedCallback().toString())
				.with("status", "REJECTED", "rejected", "SCHEDULED", "DUE", "CANCELLED")
				.with("limit", "1", "50", "200"))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached a callback");
	}

	private ApiFuzzer fuzzer() {
		return ApiFuzzer.against(TestHttp.onPort(port)).readingTheSpecificationAs(demoUser("admin"));
	}

	/** A callback requested with a number that cannot be called, once it is recorded. */
	private UUID rejectedCallback() {
		CallbackRequested request = Requests.asSoonAsPossible("12345");
		try (TestKafka events = new TestKafka(bootstrapServers)) {
			events.publish(Topics.BOT, request);
		}
		CallbackTable table = new CallbackTable(jdbc);
		await().atMost(Duration.ofSeconds(20)).until(() -> "REJECTED".equals(table.status(request.callbackId())));
		return request.callbackId();
	}

}
