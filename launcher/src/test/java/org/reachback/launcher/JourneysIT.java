package org.reachback.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The brief's journeys across all five services, each a real process, over a real Kafka broker
 * and a real PostgreSQL, driven through the public HTTP APIs exactly as README's curl walk does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysIT {

	private LocalSuite suite;

	private final Http http = new Http();

	@BeforeAll
	void startSuite() {
		suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0);
	}

	@AfterAll
	void stopSuite() {
		if (suite != null) {
			suite.close();
		}
	}

	@Test
	void journeyOneTheBotAnswersAndOffersNoCallback() {
		JsonNode chat = http.post(8080, "/api/v1/chats", null,
				Map.of("brand", "acme", "message", "What are your opening hours?"), 201);
		assertThat(chat.path("bot").asString()).isEqualTo("faq");
		Customer customer = new Customer(chat.path("chatId").asString(), chat.path("token").asString());

		List<JsonNode> transcript = awaitEntry(customer, "message", "BOT");
		assertThat(transcript.stream().filter(e -> "BOT".equals(e.path("speaker").asString())).findFirst().orElseThrow()
			.path("text").asString()).containsIgnoringCase("open");
		assertThat(kinds(customer)).doesNotContain("prompt");
	}

	@Test
	void journeyTwoTheBotCannotHelpAndAnAgentCallsBackInTheChat() {
		// The customer asks the billing bot something it does not handle.
		JsonNode chat = http.post(8080, "/api/v1/chats", null, Map.of("brand", "acme", "message",
				"I was charged twice for the same order and want to dispute the charge", "customer",
				Map.of("name", "Ana", "timeZone", "Europe/London", "locale", "en-GB")), 201);
		assertThat(chat.path("bot").asString()).isEqualTo("billing");
		Customer customer = new Customer(chat.path("chatId").asString(), chat.path("token").asString());

		// The bot offers a callback in an interactive prompt.
		String promptId = awaitPromptId(customer);

		// An invalid number is refused at once; a valid one books the callback.
		http.post(8080, "/api/v1/chats/" + customer.chatId + "/prompts/" + promptId, customer.bearer(),
				Map.of("option", "callback-asap", "phone", "12345"), 422);
		JsonNode booked = http.post(8080, "/api/v1/chats/" + customer.chatId + "/prompts/" + promptId,
				customer.bearer(), Map.of("option", "callback-asap", "phone", "020 7946 0958"), 202);
		String callbackId = booked.path("callbackId").asString();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()).path("status").asString(),
					status -> List.of("SCHEDULED", "DUE").contains(status));

		// A billing agent becomes available, is reserved and offered the callback with its context.
		http.put(8083, "/api/v1/agents/maria/state", Http.basic("maria", "demo"), Map.of("state", "AVAILABLE"), 202);
		JsonNode offer = await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8083, "/api/v1/agents/maria/offers", Http.basic("maria", "demo"))
				.valueStream()
				.filter(o -> o.toString().contains(customer.chatId))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(offer.toString()).contains("charged twice").contains("billing_dispute");
		http.post(8083, "/api/v1/offers/" + offer.path("offerId").asString() + "/accept", Http.basic("maria", "demo"),
				Map.of(), 200);

		// The agent joins the chat and sees the transcript and the bot's reason.
		JsonNode mySession = await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8084, "/api/v1/agents/maria/sessions", Http.basic("maria", "demo"))
				.valueStream()
				.filter(s -> customer.chatId.equals(s.path("chatId").asString()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		String sessionId = mySession.path("sessionId").asString();
		JsonNode session = http.get(8084, "/api/v1/sessions/" + sessionId, Http.basic("maria", "demo"));
		assertThat(session.path("phone").asString()).isEqualTo("+442079460958");
		assertThat(session.path("reason").asString()).isNotBlank();
		assertThat(session.path("transcript").toString()).contains("charged twice");
		awaitEntry(customer, "agent-joined", "AGENT");

		// Agent and customer talk.
		http.post(8084, "/api/v1/sessions/" + sessionId + "/messages", Http.basic("maria", "demo"),
				Map.of("text", "Hi Ana, Maria from billing here. Let me look at that double charge."), 202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer).stream()
				.anyMatch(e -> "AGENT".equals(e.path("speaker").asString())
						&& e.path("text").asString().contains("double charge")));
		http.post(8080, "/api/v1/chats/" + customer.chatId + "/messages", customer.bearer(),
				Map.of("text", "Thank you Maria, it was order 1234."), 202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8084, "/api/v1/sessions/" + sessionId, Http.basic("maria", "demo"))
				.path("transcript")
				.toString()
				.contains("order 1234"));

		// The agent completes the session; the callback ends completed and the customer sees it.
		http.post(8084, "/api/v1/sessions/" + sessionId + "/complete", Http.basic("maria", "demo"), Map.of(), 200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()).path("status").asString(),
					"COMPLETED"::equals);
		assertThat(kinds(customer)).contains("message", "prompt", "callback", "agent-joined", "agent-left");

		// Another chat's token never sees this callback.
		JsonNode other = http.post(8080, "/api/v1/chats", null, Map.of("brand", "acme", "message", "hello"), 201);
		http.expect(8080, "/api/v1/callbacks/" + callbackId, "Bearer " + other.path("token").asString(), 404);
	}

	@Test
	void aCallbackRequestedWhileCallbackServiceIsDownIsBookedOnceWhenItIsBack() throws Exception {
		JsonNode chat = http.post(8080, "/api/v1/chats", null, Map.of("brand", "acme", "message",
				"I want to talk to a real person please", "customer", Map.of("name", "Bo", "locale", "en-US")), 201);
		Customer customer = new Customer(chat.path("chatId").asString(), chat.path("token").asString());
		String promptId = awaitPromptId(customer);

		suite.stop(Service.CALLBACK);
		String callbackId = http.post(8080, "/api/v1/chats/" + customer.chatId + "/prompts/" + promptId,
				customer.bearer(), Map.of("option", "callback-asap", "phone", "+1 415 555 2671"), 202)
			.path("callbackId")
			.asString();
		assertThat(http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()).path("status").asString())
			.isEqualTo("REQUESTED");
		suite.start(Service.CALLBACK);

		await().atMost(Duration.ofSeconds(60))
			.until(() -> http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()).path("status").asString(),
					status -> List.of("SCHEDULED", "DUE", "AGENT_RESERVED").contains(status));
		assertBookedOnce(callbackId, "+14155552671");

		http.delete(8080, "/api/v1/callbacks/" + callbackId, customer.bearer(), 202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()).path("status").asString(),
					"CANCELLED"::equals);
	}

	@Test
	void aCallbackRequestedJustBeforeTheDatabaseGoesDownIsBookedOnceWhenItIsBack() {
		JsonNode chat = http.post(8080, "/api/v1/chats", null, Map.of("brand", "acme", "message",
				"I need to speak to a human agent", "customer", Map.of("name", "Cy", "locale", "en-GB")), 201);
		Customer customer = new Customer(chat.path("chatId").asString(), chat.path("token").asString());
		String promptId = awaitPromptId(customer);
		String callbackId = http.post(8080, "/api/v1/chats/" + customer.chatId + "/prompts/" + promptId,
				customer.bearer(), Map.of("option", "callback-asap", "phone", "07911 123456"), 202)
			.path("callbackId")
			.asString();

		suite.stopDatabase();
		try {
			// longer than the bounded retries for faulty events (10 s): an outage must not dead-letter
			await().during(Duration.ofSeconds(12))
				.atMost(Duration.ofSeconds(20))
				.until(() -> http.status(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()) == 503);
		}
		finally {
			suite.startDatabase();
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> http.status(8080, "/api/v1/callbacks/" + callbackId, customer.bearer()) == 200
					&& List.of("SCHEDULED", "DUE", "AGENT_RESERVED")
						.contains(http.get(8080, "/api/v1/callbacks/" + callbackId, customer.bearer())
							.path("status")
							.asString()));
		assertBookedOnce(callbackId, "+447911123456");
		http.delete(8080, "/api/v1/callbacks/" + callbackId, customer.bearer(), 202);
	}

	private String awaitPromptId(Customer customer) {
		return awaitEntry(customer, "prompt", "BOT").stream()
			.filter(e -> "prompt".equals(e.path("kind").asString()))
			.findFirst()
			.orElseThrow()
			.path("prompt")
			.path("promptId")
			.asString();
	}

	/** callback-service holds the callback with the number in E.164, scheduled exactly once. */
	private void assertBookedOnce(String callbackId, String phone) {
		JsonNode record = http.get(8082, "/api/v1/callbacks/" + callbackId, Http.basic("admin", "admin"));
		assertThat(record.path("callback").path("phone").asString()).isEqualTo(phone);
		assertThat(record.path("transitions")
			.valueStream()
			.filter(t -> "SCHEDULED".equals(t.path("to").asString()) && t.path("applied").asBoolean())
			.count()).isEqualTo(1);
	}

	private List<JsonNode> transcript(Customer customer) {
		return http.get(8080, "/api/v1/chats/" + customer.chatId + "/transcript", customer.bearer())
			.valueStream()
			.toList();
	}

	private List<String> kinds(Customer customer) {
		return transcript(customer).stream().map(e -> e.path("kind").asString()).toList();
	}

	private List<JsonNode> awaitEntry(Customer customer, String kind, String speaker) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer), entries -> entries.stream()
				.anyMatch(e -> kind.equals(e.path("kind").asString())
						&& (speaker == null || speaker.equals(e.path("speaker").asString()))));
	}

	record Customer(String chatId, String token) {

		String bearer() {
			return "Bearer " + token;
		}

	}

}
