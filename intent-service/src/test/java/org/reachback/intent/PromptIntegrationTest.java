package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackIds;
import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

@ServiceIntegrationTest
class PromptIntegrationTest extends ChatApiSupport {

	private final Instant slot = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	@Test
	void anInvalidPhoneIsRefusedAndTheCustomerMayTryAgain() {
		OpenChat chat = startChat("I was charged twice", null);
		UUID promptId = offered(chat);
		String path = "/api/v1/chats/" + chat.id() + "/prompts/" + promptId;

		TestHttp.Response invalid = http.post(path, bearer(chat.token()), Map.of("option", "callback-asap", "phone", "12"));
		TestHttp.Response invalidForAChat = http.post(path, bearer(chat.token()),
				Map.of("option", "callback-asap", "phone", "12", "media", "chat"));
		TestHttp.Response missing = http.post(path, bearer(chat.token()),
				Map.of("option", "callback-asap", "media", "voice"));
		TestHttp.Response valid = http.post(path, bearer(chat.token()),
				Map.of("option", "callback-asap", "phone", freshPhone(), "media", "voice"));

		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.body().get("detail").asString()).contains("'12'");
		assertThat(invalid.body().get("errors").get(0).get("field").asString()).as("next to the field").isEqualTo("phone");
		assertThat(invalidForAChat.status()).as("a number given is checked whatever the medium").isEqualTo(422);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.body().get("detail").asString()).contains("phone number is required for a call")
			.contains("\"chat\"");
		assertThat(valid.status()).as(valid.toString()).isEqualTo(202);
		PromptAnswered answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answer.media()).isEqualTo(Media.VOICE);
	}

	@Test
	void theCustomerChoosesToBeCalledBackInTheChat() {
		OpenChat chat = startChat("I was charged twice");
		UUID promptId = offered(chat);

		TestHttp.Response answered = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId,
				bearer(chat.token()), Map.of("option", "callback-asap", "media", "Chat"));

		assertThat(answered.status()).as(answered.toString()).isEqualTo(202);
		PromptAnswered answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answer.media()).as("read in any case").isEqualTo(Media.CHAT);
		assertThat(answer.phone()).as("the number given at chat start, checked all the same").isEqualTo(chat.phone());
		JsonNode transcript = awaitTranscriptWith(chat, "callback");
		assertThat(transcript.get(2).get("text").asString())
			.isEqualTo("Please have an agent join me here as soon as possible.");
		assertThat(transcript.get(3).get("callback").get("media").asString()).isEqualTo("chat");
		assertThat(transcript.get(3).get("text").asString())
			.isEqualTo("Thanks! We are booking your callback here in this chat.");
		JsonNode callback = http.get("/api/v1/callbacks/" + answered.body().get("callbackId").asString(),
				bearer(chat.token())).expect(200);
		assertThat(callback.get("media").asString()).isEqualTo("chat");
		TestHttp.Response otherMedium = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId,
				bearer(chat.token()), Map.of("option", "callback-asap", "media", "voice"));
		assertThat(otherMedium.status()).as("answered otherwise").isEqualTo(409);
		assertThat(otherMedium.body().get("detail").asString()).endsWith("'callback-asap' by chat");
	}

	@Test
	void withoutANumberTheCallbackIsInTheChat() {
		OpenChat chat = startChat("I was charged twice", null);
		UUID promptId = offered(chat);

		TestHttp.Response answered = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId,
				bearer(chat.token()), Map.of("option", "callback-asap"));

		assertThat(answered.status()).as(answered.toString()).isEqualTo(202);
		PromptAnswered answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answer.media()).isEqualTo(Media.CHAT);
		assertThat(answer.phone()).isNull();
		JsonNode requested = awaitTranscriptWith(chat, "callback").get(3).get("callback");
		assertThat(requested.get("media").asString()).isEqualTo("chat");
		assertThat(requested.has("phone")).isFalse();
	}

	@Test
	void anUnknownMediumIsABadRequestNamingTheField() {
		OpenChat chat = startChat("I was charged twice");
		UUID promptId = offered(chat);

		TestHttp.Response fax = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()),
				Map.of("option", "callback-asap", "media", "fax"));
		TestHttp.Response notText = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId,
				bearer(chat.token()), Map.of("option", "callback-asap", "media", List.of("voice")));

		assertThat(fax.status()).isEqualTo(400);
		assertThat(fax.contentType()).startsWith("application/problem+json");
		assertThat(fax.body().get("detail").asString()).isEqualTo("media must be voice or chat");
		assertThat(fax.body().get("errors").get(0).get("field").asString()).isEqualTo("media");
		assertThat(notText.status()).isEqualTo(400);
		assertThat(notText.contentType()).startsWith("application/problem+json");
		assertThat(chatTopic.of(chat.id(), PromptAnswered.class)).isEmpty();
	}

	@Test
	void answeringTwiceNamesTheSameCallbackAndPublishesOnce() {
		OpenChat chat = startChat("I was charged twice");
		UUID promptId = offered(chat);
		String path = "/api/v1/chats/" + chat.id() + "/prompts/" + promptId;

		TestHttp.Response first = http.post(path, bearer(chat.token()), Map.of("option", "callback-asap"));
		TestHttp.Response second = http.post(path, bearer(chat.token()), Map.of("option", "callback-asap"));
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));

		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(second.status()).as(second.toString()).isEqualTo(202);
		assertThat(first.body().has("callbackId")).as(first.toString()).isTrue();
		String callbackId = first.body().get("callbackId").asString();
		assertThat(second.body().get("callbackId").asString()).isEqualTo(callbackId);
		assertThat(UUID.fromString(callbackId)).isEqualTo(CallbackIds.forPrompt(chat.id(), promptId));
		// the message was published after both answers, so once it is seen no second answer can follow
		await().atMost(Duration.ofSeconds(20)).until(() -> chatTopic.of(chat.id(), CustomerMessaged.class).size() == 1);
		List<PromptAnswered> answers = chatTopic.of(chat.id(), PromptAnswered.class);
		assertThat(answers).hasSize(1);
		PromptAnswered answer = answers.get(0);
		assertThat(answer.callbackId()).hasToString(callbackId);
		assertThat(answer.option()).isEqualTo(CallbackOption.CALLBACK_ASAP);
		assertThat(answer.phone()).as("the phone given at chat start, in E.164").isEqualTo(chat.phone());
		assertThat(answer.media()).as("no medium chosen, and a number to call").isEqualTo(Media.VOICE);
		assertThat(answer.slot()).isNull();
		JsonNode transcript = awaitTranscriptWith(chat, "callback");
		assertThat(transcript).extracting(entry -> entry.get("kind").asString())
			.containsExactly("message", "prompt", "message", "callback", "message");
		assertThat(transcript.get(2).get("text").asString()).isEqualTo("Please call me back as soon as possible.");
		JsonNode requested = transcript.get(3).get("callback");
		assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(requested.get("callbackId").asString()).isEqualTo(callbackId);
		assertThat(requested.get("phone").asString()).endsWith(chat.phone().substring(10)).doesNotContain("7946");
		assertThat(requested.get("media").asString()).isEqualTo("voice");
	}

	@Test
	void aScheduledCallbackNeedsAnOfferedSlot() {
		OpenChat chat = startChat("I was charged twice");
		UUID promptId = offered(chat, slot);
		String path = "/api/v1/chats/" + chat.id() + "/prompts/" + promptId;

		TestHttp.Response noSlot = http.post(path, bearer(chat.token()), Map.of("option", "callback-scheduled"));
		TestHttp.Response otherSlot = http.post(path, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", slot.plusSeconds(60).toString()));
		TestHttp.Response offeredSlot = http.post(path, bearer(chat.token()), Map.of("option", "callback-scheduled", "slot",
				slot.toString(), "preferredAgent", "maria"));
		TestHttp.Response changedMind = http.post(path, bearer(chat.token()), Map.of("option", "keep-chatting"));

		assertThat(noSlot.status()).isEqualTo(422);
		assertThat(otherSlot.status()).isEqualTo(422);
		assertThat(otherSlot.body().get("detail").asString()).contains("was not offered");
		assertThat(offeredSlot.status()).isEqualTo(202);
		assertThat(changedMind.status()).isEqualTo(409);
		PromptAnswered answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answer.slot()).isEqualTo(slot);
		assertThat(answer.preferredAgent()).isEqualTo("maria");
	}

	@Test
	void keepingOnChattingIsAnAnswerWithoutACallback() {
		OpenChat chat = startChat("I was charged twice");
		UUID promptId = offered(chat);

		TestHttp.Response answered = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()),
				Map.of("option", "keep-chatting"));

		assertThat(answered.status()).isEqualTo(202);
		assertThat(answered.text()).isEqualTo("{}");
		PromptAnswered answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answer.option()).isEqualTo(CallbackOption.KEEP_CHATTING);
		assertThat(answer.callbackId()).isNull();
		assertThat(answer.media()).isNull();
	}

	@Test
	void promptsOfOtherChatsOrNoneAtAllAreNotFound() {
		OpenChat chat = startChat("I was charged twice");
		OpenChat other = startChat("I was charged twice");
		UUID othersPrompt = offered(other);

		TestHttp.Response foreign = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + othersPrompt,
				bearer(chat.token()), Map.of("option", "callback-asap"));
		TestHttp.Response unknown = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + UUID.randomUUID(),
				bearer(chat.token()), Map.of("option", "callback-asap"));
		TestHttp.Response badOption = http.post("/api/v1/chats/" + other.id() + "/prompts/" + othersPrompt,
				bearer(other.token()), Map.of("option", "call-me-maybe"));
		TestHttp.Response notOffered = http.post("/api/v1/chats/" + other.id() + "/prompts/" + othersPrompt,
				bearer(other.token()), Map.of("option", "callback-scheduled", "slot", slot.toString()));

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(badOption.status()).isEqualTo(400);
		assertThat(notOffered.status()).isEqualTo(422);
	}

	private UUID offered(OpenChat chat, Instant... slots) {
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, ChatEventsIntegrationTest.offer(chat.id(), promptId, slots));
		awaitTranscriptWith(chat, "prompt");
		return promptId;
	}

}
