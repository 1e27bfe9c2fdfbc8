package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.SessionConnected;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * The operator's view: each test reads the counts before and after a chat it drives itself and
 * expects them to rise by exactly what that chat did, as other tests' chats share the database.
 */
@ServiceIntegrationTest
class ChatsEndpointIntegrationTest extends ChatApiSupport {

	private static final List<String> COUNTS = List.of("chats", "open", "withAgent", "customerMessages",
			"promptsOffered", "promptsAnswered");

	@Test
	void administratorsSeeWhatHappenedInChatsPerBrand() {
		JsonNode before = chats();

		OpenChat chat = startChat("I was charged twice");
		message(chat, "is anyone there?");
		answer(chat, offerPrompt(chat), "callback-asap");
		agentJoins(chat);
		JsonNode after = chats();

		Map<String, Long> expected = Map.of("chats", 1L, "open", 1L, "withAgent", 1L, "customerMessages", 3L,
				"promptsOffered", 1L, "promptsAnswered", 1L);
		assertThat(rise(before.path("brands").path("acme"), after.path("brands").path("acme")))
			.as("first message, one more, and the answer to the prompt are the customer's messages")
			.containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(rise(before.path("totals"), after.path("totals"))).containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(after.path("callbacksByStatus").path("REQUESTED").asLong(0)
				- before.path("callbacksByStatus").path("REQUESTED").asLong(0))
			.isEqualTo(1);
		assertThat(after.path("idleTimeout").asString()).isEqualTo("PT30M");
	}

	@Test
	void businessCountersRiseOncePerCommittedFact() {
		Map<String, String> counters = new LinkedHashMap<>();
		counters.put("started", "reachback.chats.started?tag=brand:acme");
		counters.put("messages", "reachback.chat.messages?tag=brand:acme&tag=addressee:BOT");
		counters.put("offered", "reachback.prompts.offered?tag=bot:billing");
		counters.put("answered", "reachback.prompts.answered?tag=option:callback-asap");
		counters.put("cancellations", "reachback.callbacks.cancellation.requested");
		Map<String, Double> before = read(counters);

		OpenChat chat = startChat("I was charged twice");
		message(chat, "is anyone there?");
		UUID promptId = offerPrompt(chat);
		UUID callbackId = answer(chat, promptId, "callback-asap");
		answer(chat, promptId, "callback-asap");
		cancel(chat, callbackId);
		cancel(chat, callbackId);

		await().atMost(Duration.ofSeconds(20)).until(() -> rise(before, read(counters)).get("offered") >= 1);
		assertThat(rise(before, read(counters))).as("answering and cancelling twice are one fact each")
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("started", 1.0, "messages", 1.0, "offered", 1.0, "answered", 1.0, "cancellations", 1.0));
		assertThat(counter("reachback.chats.started?tag=brand:acme&tag=bot:" + chat.response().get("bot").asString()
				+ "&tag=intent:" + chat.response().get("intent").get("name").asString()))
			.as("tagged with the chat's bot and the intent of its first message")
			.isPositive();
	}

	@Test
	void chatCountsAndMetricsNeedAnAdministrator() {
		startChat("what are your opening hours");

		assertThat(http.get("/actuator/chats", null).status()).isEqualTo(401);
		assertThat(http.get("/actuator/metrics/reachback.chats.started", null).status()).isEqualTo(401);
		assertThat(admin("/actuator/metrics/reachback.chats.started").status()).isEqualTo(200);
	}

	@Test
	void classificationIsTimed() {
		startChat("where is my order");

		JsonNode timer = admin("/actuator/metrics/reachback.intent.classification").body();

		assertThat(timer.get("measurements").get(0).get("value").asDouble()).isPositive();
	}

	private void message(OpenChat chat, String text) {
		TestHttp.Response response = http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()),
				Map.of("text", text));
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
	}

	private UUID offerPrompt(OpenChat chat) {
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, ChatEventsIntegrationTest.offer(chat.id(), promptId));
		awaitTranscriptWith(chat, "prompt");
		return promptId;
	}

	private UUID answer(OpenChat chat, UUID promptId, String option) {
		TestHttp.Response response = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()),
				Map.of("option", option));
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return UUID.fromString(response.body().get("callbackId").asString());
	}

	private void cancel(OpenChat chat, UUID callbackId) {
		TestHttp.Response response = http.delete("/api/v1/callbacks/" + callbackId, bearer(chat.token()));
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
	}

	private void agentJoins(OpenChat chat) {
		publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), chat.id(), "maria", "Maria", Channel.CHAT));
		awaitTranscriptWith(chat, "agent-joined");
	}

	private static Map<String, Long> rise(JsonNode before, JsonNode after) {
		Map<String, Long> rise = new LinkedHashMap<>();
		COUNTS.forEach(count -> rise.put(count, after.path(count).asLong(0) - before.path(count).asLong(0)));
		return rise;
	}

	private static Map<String, Double> rise(Map<String, Double> before, Map<String, Double> after) {
		Map<String, Double> rise = new LinkedHashMap<>();
		before.forEach((name, value) -> rise.put(name, after.get(name) - value));
		return rise;
	}

	private Map<String, Double> read(Map<String, String> counters) {
		Map<String, Double> values = new LinkedHashMap<>();
		counters.forEach((name, query) -> values.put(name, counter(query)));
		return values;
	}

	/** A counter's count, 0 while it has not been counted at all. */
	private double counter(String query) {
		TestHttp.Response response = admin("/actuator/metrics/" + query);
		if (response.status() == 404) {
			return 0;
		}
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body().get("measurements").get(0).get("value").asDouble();
	}

	private JsonNode chats() {
		TestHttp.Response response = admin("/actuator/chats");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

	private TestHttp.Response admin(String path) {
		return http.get(path, TestHttp.demoUser("admin"));
	}

}
