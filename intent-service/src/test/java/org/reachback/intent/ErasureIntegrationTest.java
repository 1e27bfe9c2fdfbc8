package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.logs.LogGate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * An administrator erases a customer by their number or by one chat: this service's rows about them
 * go at once (no row of any table holds their name, number, words or ids), nobody else's do, the
 * other services are asked by ids, and the erasure is complete once all five services confirmed it.
 */
@ServiceIntegrationTest
class ErasureIntegrationTest extends ErasureSupport {

	private static final String ERASURES = "/api/admin/v1/erasures";

	private static final String ADMIN = TestHttp.demoUser("admin");

	@Test
	void onlyAnAdministratorMayEraseOrFollowAnErasure() {
		OpenChat chat = startChat("where is my order");
		Map<String, String> body = Map.of("chatId", chat.id().toString());

		assertProblem(http.post(ERASURES, null, body), 401);
		assertProblem(http.post(ERASURES, bearer(chat.token()), body), 401);
		assertProblem(http.post(ERASURES, TestHttp.demoUser("supervisor"), body), 403);
		assertProblem(http.post(ERASURES, TestHttp.demoUser("maria"), body), 403);
		assertProblem(http.get(ERASURES + "/" + UUID.randomUUID(), null), 401);
		assertProblem(http.get(ERASURES + "/" + UUID.randomUUID(), TestHttp.demoUser("supervisor")), 403);

		assertThat(transcript(chat)).as("the chat is still there").isNotEmpty();
		assertThat(http.post("/api/v1/chats/" + chat.id() + "/messages", ADMIN, Map.of("text", "hello there")).status())
			.as("an administrator's token opens no chat: it is a wrong chat token").isEqualTo(404);
	}

	@Test
	void aRequestThatDoesNotSayWhoseDataToEraseIsRefused() {
		String phone = freshPhone();
		int erasures = jdbc.sql("select count(*) from erasure").query(Integer.class).single();

		assertInvalid(http.post(ERASURES, ADMIN, Map.of()), "phone");
		TestHttp.Response both = http.post(ERASURES, ADMIN, Map.of("phone", phone, "chatId", UUID.randomUUID().toString()));
		assertInvalid(both, "phone");
		assertInvalid(http.post(ERASURES, ADMIN, Map.of("phone", "not a number at all")), "phone");
		assertInvalid(http.post(ERASURES, ADMIN, Map.of("phone", "+44 20 7946")), "phone");
		assertInvalid(http.post(ERASURES, ADMIN, Map.of("phone", "+44 909 879 0000")), "phone");
		assertProblem(http.post(ERASURES, ADMIN, Map.of("chatId", "chat-7")), 400);
		assertProblem(http.post(ERASURES, ADMIN, Map.of("phone", phone, "name", "Ada")), 400);
		assertProblem(http.post(ERASURES, ADMIN, Map.of("chatId", UUID.randomUUID().toString())), 404);
		assertProblem(http.get(ERASURES + "/" + UUID.randomUUID(), ADMIN), 404);

		assertThat(jdbc.sql("select count(*) from erasure").query(Integer.class).single())
			.as("a refused request erases nothing").isEqualTo(erasures);
		assertThat(both.text()).doesNotContain(phone).doesNotContain(phone.replace(" ", ""));
	}

	@Test
	void erasingANumberErasesEveryChatAndCallbackOfItAndNothingElse() {
		String name = "Zephyrine Quillfeather";
		LogGate.remember(name);
		String phone = freshPhone();
		String e164 = phone.replace(" ", "");
		String national = e164.substring(3);
		OpenChat openedWithIt = startChat("I was charged twice for my zephyr order",
				Map.of("name", name, "phone", phone, "timeZone", "Europe/London", "locale", "en-GB"));
		UUID askedOnce = requestCallback(openedWithIt, null);
		completed(openedWithIt, askedOnce);
		OpenChat calledOnIt = startChat("I need to speak to a person about my quill",
				Map.of("name", name, "timeZone", "Europe/London", "locale", "en-GB"));
		UUID askedInTheOther = requestCallback(calledOnIt, "0" + national);
		UUID otherBrand = chatOfAnotherBrand(name,
				"+44 " + national.substring(0, 2) + "-" + national.substring(2, 6) + "-" + national.substring(6));
		String neighbour = "+44 121 496 " + e164.substring(e164.length() - 4);
		OpenChat sameLastDigits = startChat("where is my order",
				Map.of("name", "Ada", "phone", neighbour, "timeZone", "Europe/London", "locale", "en-GB"));
		UUID neighboursCallback = requestCallback(sameLastDigits, null);
		assertThat(SchemaRows.holding(jdbc, name)).isPositive();
		assertThat(SchemaRows.holding(jdbc, e164)).isPositive();

		TestHttp.Response erased = http.post(ERASURES, ADMIN, Map.of("phone", "0" + national));

		JsonNode started = erased.expect(202);
		UUID erasureId = UUID.fromString(started.get("erasureId").asString());
		assertThat(erased.header("Location")).isEqualTo(ERASURES + "/" + erasureId);
		assertThat(started.get("chats").asInt()).isEqualTo(3);
		assertThat(started.get("callbacks").asInt()).isEqualTo(2);
		for (String personal : List.of(name, e164, "zephyr order", "about my quill")) {
			assertThat(SchemaRows.holding(jdbc, personal)).as(personal).isZero();
		}
		PersonalDataErasureRequested request = erasureTopic.await(PersonalDataErasureRequested.class,
				event -> event.erasureId().equals(erasureId));
		assertThat(request.reason()).isEqualTo(Reason.REQUESTED);
		assertThat(request.chatIds()).containsExactlyInAnyOrder(openedWithIt.id(), calledOnIt.id(), otherBrand);
		assertThat(request.callbackIds()).containsExactlyInAnyOrder(askedOnce, askedInTheOther);
		for (UUID id : List.of(openedWithIt.id(), calledOnIt.id(), otherBrand, askedOnce, askedInTheOther)) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(SchemaRows.holding(jdbc, id.toString())).as(id.toString()).isZero());
		}
		assertThat(http.get("/api/v1/chats/" + openedWithIt.id() + "/transcript", bearer(openedWithIt.token())).status())
			.isEqualTo(404);

		assertThat(transcript(sameLastDigits)).as("a number ending in the same digits is another").isNotEmpty();
		assertThat(http.get("/api/v1/callbacks/" + neighboursCallback, bearer(sameLastDigits.token())).status())
			.isEqualTo(200);
		assertThat(SchemaRows.holding(jdbc, neighbour.replace(" ", ""))).isPositive();
	}

	@Test
	void erasingAChatErasesItAndItsCallbacksOnlyAndNoLateEventBringsThemBack() {
		String phone = freshPhone();
		Map<String, String> customer = Map.of("name", "Ada", "phone", phone, "timeZone", "Europe/London", "locale",
				"en-GB");
		OpenChat erased = startChat("I was charged twice, please erase me", customer);
		UUID callbackId = requestCallback(erased, null);
		OpenChat kept = startChat("I was charged twice, keep this chat", customer);

		JsonNode started = http.post(ERASURES, ADMIN, Map.of("chatId", erased.id().toString())).expect(202);

		UUID erasureId = UUID.fromString(started.get("erasureId").asString());
		assertThat(started.get("chats").asInt()).isEqualTo(1);
		assertThat(started.get("callbacks").asInt()).isEqualTo(1);
		PersonalDataErasureRequested request = erasureTopic.await(PersonalDataErasureRequested.class,
				event -> event.erasureId().equals(erasureId));
		assertThat(request.chatIds()).containsExactly(erased.id());
		assertThat(request.callbackIds()).containsExactly(callbackId);
		assertThat(SchemaRows.holding(jdbc, "please erase me")).isZero();
		assertThat(SchemaRows.holding(jdbc, "keep this chat")).isPositive();
		assertThat(transcript(kept)).isNotEmpty();
		assertThat(http.post(ERASURES, ADMIN, Map.of("chatId", erased.id().toString())).status())
			.as("nothing is kept about it any more").isEqualTo(404);
		assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(erased), records -> !records.isEmpty()))
			.as("its events on the chat topic, sealed with a key now destroyed")
			.allSatisfy(record -> assertThat(otherServices.open(record)).isEmpty());
		assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(kept), records -> !records.isEmpty()))
			.allSatisfy(record -> assertThat(otherServices.open(record)).isPresent());

		RecordMetadata late = otherServices.publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(),
				Instant.now(), callbackId, erased.id(), "billing", phone.replace(" ", ""),
				Instant.parse("2030-03-07T10:00:00Z"), false, null));
		otherServices.awaitConsumed("intent-service", late);
		assertThat(SchemaRows.holding(jdbc, callbackId.toString())).as("no view of the erased callback again").isZero();
	}

	@Test
	void anErasureIsCompleteOnceEveryServiceConfirmedItAndNothingKeptIsAnAnswer() {
		JsonNode started = http.post(ERASURES, ADMIN, Map.of("phone", freshPhone())).expect(202);
		UUID erasureId = UUID.fromString(started.get("erasureId").asString());
		assertThat(started.get("chats").asInt()).isZero();
		assertThat(started.get("callbacks").asInt()).isZero();
		PersonalDataErasureRequested request = erasureTopic.await(PersonalDataErasureRequested.class,
				event -> event.erasureId().equals(erasureId));
		assertThat(request.chatIds()).isEmpty();
		JsonNode before = status(erasureId);
		assertThat(before.get("reason").asString()).isEqualTo("REQUESTED");
		assertThat(before.get("requestedAt").asString()).isNotBlank();
		assertThat(before.get("confirmations").valueStream().map(c -> c.get("service").asString()))
			.containsExactly("intent-service");
		assertThat(before.get("confirmations").get(0).get("records").asInt()).isZero();
		assertThat(before.get("complete").asBoolean()).isFalse();

		PersonalDataErased chatbot = erased(erasureId, "chatbot-service", 4);
		otherServices.publish(Topics.ERASED, chatbot);
		otherServices.publish(Topics.ERASED, erased(erasureId, "callback-service", 7));
		otherServices.publish(Topics.ERASED, chatbot);
		otherServices.publish(Topics.ERASED, erased(erasureId, "chatbot-service", 0));
		otherServices.publish(Topics.ERASED, erased(UUID.randomUUID(), "chatbot-service", 1));
		RecordMetadata last = otherServices.publish(Topics.ERASED, erased(erasureId, "interaction-manager", 2));
		otherServices.awaitConsumed("intent-service", last);

		JsonNode four = status(erasureId);
		assertThat(four.get("confirmations").valueStream().map(c -> c.get("service").asString() + "=" + c.get("records").asInt()))
			.containsExactlyInAnyOrder("intent-service=0", "chatbot-service=4", "callback-service=7", "interaction-manager=2");
		assertThat(four.get("complete").asBoolean()).as("session-service has not confirmed").isFalse();

		otherServices.publish(Topics.ERASED, erased(erasureId, "session-service", 0));
		await().atMost(Duration.ofSeconds(20)).until(() -> status(erasureId).get("complete").asBoolean());
		assertThat(status(erasureId).get("confirmations")).hasSize(5);
	}

	/** Offers a callback prompt and answers it as soon as possible, with {@code phone} or the chat's own number. */
	private UUID requestCallback(OpenChat chat, String phone) {
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, ChatEventsIntegrationTest.offer(chat.id(), promptId));
		awaitTranscriptWith(chat, "prompt");
		Map<String, String> answer = phone == null ? Map.of("option", "callback-asap")
				: Map.of("option", "callback-asap", "phone", phone);
		JsonNode answered = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()), answer)
			.expect(202);
		return UUID.fromString(answered.get("callbackId").asString());
	}

	/** A chat of a brand this instance no longer serves, opened with the number as typed there. */
	private UUID chatOfAnotherBrand(String name, String phoneAsTyped) {
		UUID chatId = UUID.randomUUID();
		jdbc.sql("""
				insert into chat (chat_id, brand, bot, token_hash, customer_name, customer_phone, customer_locale,
				                  started_at, last_activity_at, token_used_at)
				values (?, 'globex', 'faq', '\\x00', ?, ?, 'en-GB', now(), now(), now())""")
			.params(chatId, name, phoneAsTyped)
			.update();
		return chatId;
	}

	private JsonNode status(UUID erasureId) {
		return http.get(ERASURES + "/" + erasureId, ADMIN).expect(200);
	}

	private List<ConsumerRecord<String, String>> recordsOf(OpenChat chat) {
		return chatTopic.records(Topics.CHAT).stream().filter(record -> chat.id().toString().equals(record.key())).toList();
	}

	private static PersonalDataErased erased(UUID erasureId, String service, int records) {
		return new PersonalDataErased(UUID.randomUUID(), Instant.now(), erasureId, service, records);
	}

	private static void assertInvalid(TestHttp.Response response, String field) {
		assertProblem(response, 400);
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static void assertProblem(TestHttp.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

}
