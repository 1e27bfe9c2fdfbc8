package org.reachback.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The brief's journeys across all five services, each a real process, over a real Kafka broker
 * and a real PostgreSQL, driven through the public HTTP APIs exactly as README's curl walk does.
 * Each scenario brings online the agents it needs, and every agent is offline again after it, so a
 * scenario's statuses are exact: with nobody online, a callback due now waits DUE.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysIT {

	private static final List<String> AGENTS = List.of("maria", "li", "sam");

	private static final String ADMIN = TestHttp.demoUser("admin");

	private static final String MARIA = TestHttp.demoUser("maria");

	private final TestHttp intent = TestHttp.onPort(Service.INTENT.port());

	private final TestHttp callbacks = TestHttp.onPort(Service.CALLBACK.port());

	private final TestHttp interaction = TestHttp.onPort(Service.INTERACTION.port());

	private final TestHttp sessions = TestHttp.onPort(Service.SESSION.port());

	private LocalSuite suite;

	@BeforeAll
	void startSuite() {
		suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0);
	}

	@AfterEach
	void everyAgentOffline() {
		for (String agent : AGENTS) {
			interaction.put("/api/v1/agents/" + agent + "/state", ADMIN, Map.of("state", "OFFLINE")).expect(202);
		}
		for (String agent : AGENTS) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> interaction.get("/api/v1/agents/" + agent, ADMIN).expect(200).path("state").asString(),
						"OFFLINE"::equals);
		}
	}

	@AfterAll
	void stopSuite() {
		if (suite != null) {
			suite.close();
		}
	}

	@Test
	void journeyOneTheBotAnswersAndOffersNoCallback() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "What are your opening hours?"), "faq");

		List<JsonNode> transcript = awaitEntry(customer, "message", "BOT");
		assertThat(transcript.stream().filter(e -> "BOT".equals(e.path("speaker").asString())).findFirst().orElseThrow()
			.path("text").asString()).containsIgnoringCase("open");
		assertThat(kinds(customer)).doesNotContain("prompt");
	}

	@Test
	void journeyTwoTheBotCannotHelpAndAnAgentCallsBackInTheChat() {
		// The customer asks the billing bot something it does not handle.
		Customer customer = startChat(Map.of("brand", "acme", "message",
				"I was charged twice for the same order and want to dispute the charge", "customer",
				Map.of("name", "Ana", "timeZone", "Europe/London", "locale", "en-GB")), "billing");

		// The bot offers a callback in an interactive prompt.
		String prompt = customer.promptPath(awaitPromptId(customer));

		// An invalid number is refused at once; a valid one books the callback, which waits for an agent.
		intent.post(prompt, customer.bearer(), Map.of("option", "callback-asap", "phone", "12345")).expect(422);
		String callbackId = intent.post(prompt, customer.bearer(), Map.of("option", "callback-asap", "phone",
				"020 7946 0958")).expect(202).path("callbackId").asString();
		awaitStatus(customer, callbackId, "DUE");

		// A billing agent becomes available, is reserved and offered the callback with its context.
		interaction.put("/api/v1/agents/maria/state", MARIA, Map.of("state", "AVAILABLE")).expect(202);
		JsonNode offer = await().atMost(Duration.ofSeconds(30))
			.until(() -> interaction.get("/api/v1/agents/maria/offers", MARIA)
				.expect(200)
				.valueStream()
				.filter(o -> customer.chatId.equals(o.path("chatId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(offer.toString()).contains("charged twice").contains("billing_dispute");
		assertThat(intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status").asString())
			.isEqualTo("AGENT_RESERVED");
		interaction.post("/api/v1/offers/" + offer.path("offerId").asString() + "/accept", MARIA, Map.of()).expect(200);

		// The agent joins the chat and sees the transcript and the bot's reason.
		JsonNode mySession = await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/agents/maria/sessions", MARIA)
				.expect(200)
				.valueStream()
				.filter(s -> customer.chatId.equals(s.path("chatId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		String sessionId = mySession.path("sessionId").asString();
		JsonNode session = sessions.get("/api/v1/sessions/" + sessionId, MARIA).expect(200);
		assertThat(session.path("phone").asString()).isEqualTo("+442079460958");
		assertThat(session.path("reason").asString()).isNotBlank();
		assertThat(session.path("transcript").toString()).contains("charged twice");
		awaitEntry(customer, "agent-joined", "AGENT");

		// Agent and customer talk.
		sessions.post("/api/v1/sessions/" + sessionId + "/messages", MARIA,
				Map.of("text", "Hi Ana, Maria from billing here. Let me look at that double charge.")).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer).stream()
				.anyMatch(e -> "AGENT".equals(e.path("speaker").asString())
						&& e.path("text").asString().contains("double charge")));
		intent.post("/api/v1/chats/" + customer.chatId + "/messages", customer.bearer(),
				Map.of("text", "Thank you Maria, it was order 1234.")).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/sessions/" + sessionId, MARIA)
				.expect(200)
				.path("transcript")
				.toString()
				.contains("order 1234"));

		// The agent completes the session; the callback ends completed and the customer sees it.
		sessions.post("/api/v1/sessions/" + sessionId + "/complete", MARIA, Map.of()).expect(200);
		awaitStatus(customer, callbackId, "COMPLETED");
		assertThat(kinds(customer)).contains("message", "prompt", "callback", "agent-joined", "agent-left");

		// Another chat's token never sees this callback.
		Customer other = startChat(Map.of("brand", "acme", "message", "hello"), null);
		intent.get("/api/v1/callbacks/" + callbackId, other.bearer()).expect(404);
	}

	@Test
	void aCallbackRequestedWhileCallbackServiceIsDownIsBookedOnceWhenItIsBack() throws Exception {
		Customer customer = startChat(Map.of("brand", "acme", "message", "I want to talk to a real person please",
				"customer", Map.of("name", "Bo", "locale", "en-US")), null);
		String prompt = customer.promptPath(awaitPromptId(customer));

		suite.stop(Service.CALLBACK);
		String callbackId = intent.post(prompt, customer.bearer(),
				Map.of("option", "callback-asap", "phone", "+1 415 555 2671")).expect(202).path("callbackId").asString();
		assertThat(intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status").asString())
			.isEqualTo("REQUESTED");
		suite.start(Service.CALLBACK);

		awaitStatus(customer, callbackId, "DUE");
		assertBookedOnce(callbackId, "+14155552671");

		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	@Test
	void aCallbackRequestedJustBeforeTheDatabaseGoesDownIsBookedOnceWhenItIsBack() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "I need to speak to a human agent",
				"customer", Map.of("name", "Cy", "locale", "en-GB")), null);
		String prompt = customer.promptPath(awaitPromptId(customer));
		String callbackId = intent.post(prompt, customer.bearer(),
				Map.of("option", "callback-asap", "phone", "07911 123456")).expect(202).path("callbackId").asString();

		suite.stopDatabase();
		try {
			// longer than the bounded retries for faulty events (10 s): an outage must not dead-letter
			await().during(Duration.ofSeconds(12))
				.atMost(Duration.ofSeconds(20))
				.until(() -> intent.statusOf("/api/v1/callbacks/" + callbackId, customer.bearer()) == 503);
		}
		finally {
			suite.startDatabase();
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> intent.statusOf("/api/v1/callbacks/" + callbackId, customer.bearer()) == 200);
		awaitStatus(customer, callbackId, "DUE");
		assertBookedOnce(callbackId, "+447911123456");
		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	/** Opens a chat and checks the bot it was routed to, when {@code bot} is given. */
	private Customer startChat(Map<String, Object> request, String bot) {
		JsonNode chat = intent.post("/api/v1/chats", null, request).expect(201);
		if (bot != null) {
			assertThat(chat.path("bot").asString()).isEqualTo(bot);
		}
		return new Customer(chat.path("chatId").asString(), chat.path("token").asString());
	}

	private void awaitStatus(Customer customer, String callbackId, String status) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status")
				.asString(), status::equals);
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
		JsonNode record = callbacks.get("/api/v1/callbacks/" + callbackId, ADMIN).expect(200);
		assertThat(record.path("callback").path("phone").asString()).isEqualTo(phone);
		assertThat(record.path("transitions")
			.valueStream()
			.filter(t -> "SCHEDULED".equals(t.path("to").asString()) && t.path("applied").asBoolean())
			.count()).isEqualTo(1);
	}

	private List<JsonNode> transcript(Customer customer) {
		return intent.get("/api/v1/chats/" + customer.chatId + "/transcript", customer.bearer())
			.expect(200)
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
			return TestHttp.bearer(token);
		}

		String promptPath(String promptId) {
			return "/api/v1/chats/" + chatId + "/prompts/" + promptId;
		}

	}

}
