package org.reachback.chatbot;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.events.Topics;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Issue 10: chatbot-service's HTTP API is its Actuator endpoints ({@code /actuator/bots} and
 * {@code /actuator/bots/{chatId}} among them), so the specification is served with them listed, and
 * every one, called with valid, boundary and hostile values ({@code -Dreachback.fuzz.cases}, default
 * 1800, from {@code -Dreachback.fuzz.seed}), answers only what the specification documents, and
 * never a server error. A chat the billing bot answered gives the fuzzer a chat id with decisions.
 */
@ServiceIntegrationTest
// springdoc lists Actuator's endpoints only when asked
@TestPropertySource(properties = "springdoc.show-actuator=true")
class ApiFuzzTest extends ChatOverKafka {

	private static final int CASES = 1800;

	@LocalServerPort
	int port;

	@Test
	void theSpecificationDocumentsEveryErrorAsAProblemAndHidesTheErrorPage() {
		assertThat(fuzzer().specification().documentationGaps()).isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyWhatItsSpecificationDocuments() {
		UUID chatId = answeredChat();
		FuzzSettings settings = FuzzSettings.fromSystemProperties(CASES);

		FuzzReport report = fuzzer().credentials(Credentials.always(demoUser("admin")).sometimesWrong())
			.known(KnownValues.none()
				.with("chatId", chatId.toString())
				.with("requiredMetricName", "jvm.memory.used", "http.server.requests", "reachback.bots.messages")
				.with("tag", "area:heap", "status:200")
				.with("includedNames", "jvm_memory_used_bytes"))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached an endpoint");
	}

	private ApiFuzzer fuzzer() {
		return ApiFuzzer.against(TestHttp.onPort(port)).readingTheSpecificationAs(demoUser("admin"));
	}

	/** A chat whose first message the billing bot answered, once its decision is recorded. */
	private UUID answeredChat() {
		ChatEvents chat = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, chat.started("What's my balance?", intent("account_balance", 0.9)));
		TestHttp api = TestHttp.onPort(port);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/actuator/bots/" + chat.chatId(), demoUser("admin")).body().path("decisions").size() > 0);
		return chat.chatId();
	}

}
