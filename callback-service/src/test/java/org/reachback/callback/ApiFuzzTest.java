package org.reachback.callback;


import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Issue 10: every operation callback-service's specification lists, called with valid, boundary and
 * hostile values ({@code -Dreachback.fuzz.cases}, default 1800, from {@code -Dreachback.fuzz.seed}),
 * answers only what the specification documents, and never a server error.
 */
@ServiceIntegrationTest
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
		CallbackTable callbacks = new CallbackTable(jdbc);
		FuzzReport report = fuzzer()
			.credentials(Credentials.always(demoUser("admin")).sometimesWrong())
			.known(KnownValues.none()
				.with("id", callbacks.rejectedCallback(bootstrapServers).toString(),
						callbacks.rejectedCallback(bootstrapServers).toString())
				.with("status", "REJECTED", "rejected", "SCHEDULED", "DUE", "CANCELLED")
				.with("limit", "1", "50", "200"))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached a callback");
	}

	private ApiFuzzer fuzzer() {
		return ApiFuzzer.against(TestHttp.onPort(port)).readingTheSpecificationAs(demoUser("admin"));
	}

}
