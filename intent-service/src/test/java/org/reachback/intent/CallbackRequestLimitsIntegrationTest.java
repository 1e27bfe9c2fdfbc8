package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackIds;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/** One customer, one callback: one open callback per number and brand, and a daily limit per number. */
@ServiceIntegrationTest
class CallbackRequestLimitsIntegrationTest extends ChatApiSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondRequestForTheSameNumberIsAnsweredWithTheOpenCallback() {
		String phone = freshPhone();
		OpenChat first = startChat("I was charged twice", customer(phone));
		OpenChat second = startChat("I was charged twice", customer(phone));
		UUID firstPrompt = offered(first);
		UUID secondPrompt = offered(second);
		UUID open = UUID.fromString(answer(first, firstPrompt).expect(202).get("callbackId").asString());

		TestHttp.Response turnedAway = answer(second, secondPrompt);

		assertThat(turnedAway.status()).as(turnedAway.toString()).isEqualTo(200);
		assertThat(turnedAway.body().get("callbackId").asString()).isEqualTo(open.toString());
		String message = turnedAway.body().get("message").asString();
		assertThat(message).startsWith("There is already a callback open for this number")
			.as("nothing about another chat's callback").doesNotContain(phone.substring(phone.length() - 3));
		JsonNode said = awaitLastEntry(second, message);
		assertThat(said.get("kind").asString()).isEqualTo("message");
		assertThat(said.get("speaker").asString()).isEqualTo("SYSTEM");
		http.post("/api/v1/chats/" + second.id() + "/messages", bearer(second.token()), Map.of("text", "ok"));
		await().atMost(Duration.ofSeconds(20)).until(() -> chatTopic.of(second.id(), CustomerMessaged.class).size() == 1);
		assertThat(chatTopic.of(second.id(), PromptAnswered.class)).as("the prompt stays open").isEmpty();

		publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(), Instant.now(), open, first.id(),
				"cancelled by the customer"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + open, bearer(first.token())).body().get("status").asString(),
					"CANCELLED"::equals);

		TestHttp.Response now = answer(second, secondPrompt);
		assertThat(now.status()).as("the number has no open callback any more").isEqualTo(202);
		assertThat(now.body().get("callbackId").asString())
			.isEqualTo(CallbackIds.forPrompt(second.id(), secondPrompt).toString());
	}

	@Test
	void inItsOwnChatTheOpenCallbackIsShownWithItsStatus() {
		OpenChat chat = startChat("I was charged twice");
		UUID open = UUID.fromString(answer(chat, offered(chat)).expect(202).get("callbackId").asString());

		TestHttp.Response again = answer(chat, offered(chat));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("callbackId").asString()).isEqualTo(open.toString());
		JsonNode said = awaitLastEntry(chat, again.body().get("message").asString());
		assertThat(said.get("kind").asString()).isEqualTo("callback");
		assertThat(said.get("callback").get("callbackId").asString()).isEqualTo(open.toString());
		assertThat(said.get("text").asString()).startsWith("You already have a callback to +•••")
			.endsWith("so we have not booked another. You can move or cancel that one.");
	}

	@Test
	void aNumberMayAskForThreeCallbacksADayAndOnlyItsHashIsKept() {
		String phone = freshPhone();
		for (int i = 0; i < 3; i++) {
			OpenChat chat = startChat("I was charged twice", customer(phone));
			UUID callbackId = UUID.fromString(answer(chat, offered(chat)).expect(202).get("callbackId").asString());
			publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
					"cancelled by the customer"));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())).body().get("status")
					.asString(), "CANCELLED"::equals);
		}
		OpenChat fourth = startChat("I was charged twice", customer(phone));
		UUID prompt = offered(fourth);

		TestHttp.Response refused = answer(fourth, prompt);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("detail").asString()).contains("3 callbacks in the last 24 hours");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(Duration.ofHours(23).toSeconds(),
				Duration.ofHours(24).toSeconds());
		String e164 = phone.replace(" ", "");
		assertThat(jdbc.sql("select count(*) from callback_request where phone_hash = sha256(convert_to(?, 'UTF8'))")
			.param(e164)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from callback_request r where r::text like ?")
			.param("%" + e164.substring(1) + "%")
			.query(Long.class)
			.single()).as("the number itself is not kept").isZero();
		assertThat(answer(fourth, prompt).status()).as("and the prompt stays open").isEqualTo(429);
	}

	@Test
	void twoChatsAskingAtOnceForOneNumberBookOneCallback() {
		String phone = freshPhone();
		OpenChat first = startChat("I was charged twice", customer(phone));
		OpenChat second = startChat("I was charged twice", customer(phone));
		UUID firstPrompt = offered(first);
		UUID secondPrompt = offered(second);

		CompletableFuture<TestHttp.Response> one = CompletableFuture.supplyAsync(() -> answer(first, firstPrompt));
		CompletableFuture<TestHttp.Response> other = CompletableFuture.supplyAsync(() -> answer(second, secondPrompt));

		List<Integer> statuses = List.of(one.join().status(), other.join().status());
		assertThat(statuses).containsExactlyInAnyOrder(202, 200);
		assertThat(one.join().body().get("callbackId")).isEqualTo(other.join().body().get("callbackId"));
	}

	private TestHttp.Response answer(OpenChat chat, UUID promptId) {
		return http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()),
				Map.of("option", "callback-asap"));
	}

	private UUID offered(OpenChat chat) {
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, ChatEventsIntegrationTest.offer(chat.id(), promptId));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> transcript(chat).valueStream()
				.anyMatch(entry -> entry.has("prompt")
						&& promptId.toString().equals(entry.get("prompt").get("promptId").asString())));
		return promptId;
	}

	private JsonNode awaitLastEntry(OpenChat chat, String text) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> transcript(chat).valueStream().reduce((a, b) -> b).orElseThrow(),
					entry -> text.equals(entry.get("text").asString()));
	}

	private static Map<String, String> customer(String phone) {
		return Map.of("name", "Ada", "phone", phone, "timeZone", "Europe/London", "locale", "en-GB");
	}

}
