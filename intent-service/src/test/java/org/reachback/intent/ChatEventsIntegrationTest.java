package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.chat.CustomerMessaged.Addressee;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.session.AgentMessaged;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

@ServiceIntegrationTest
class ChatEventsIntegrationTest extends ChatApiSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void botRepliesAndPromptsReachTheTranscriptAndTheLiveStream() throws Exception {
		OpenChat chat = startChat("I was charged twice");
		try (SseStream stream = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events",
				bearer(chat.token())))) {
			assertThat(stream.status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.events().size() == 1);

			publish(Topics.BOT, new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "billing", null,
					"Let me look at that."));
			UUID promptId = UUID.randomUUID();
			Instant slot = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
			publish(Topics.BOT, offer(chat.id(), promptId, slot));

			await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 3);
			List<SseStream.Event> events = stream.events();
			assertThat(events).extracting(SseStream.Event::id).containsExactly("1", "2", "3");
			assertThat(events).extracting(SseStream.Event::name).containsExactly("message", "message", "prompt");
			JsonNode reply = json.readTree(events.get(1).data());
			assertThat(reply.get("speaker").asString()).isEqualTo("BOT");
			assertThat(reply.get("name").asString()).isEqualTo("billing");
			assertThat(reply.get("text").asString()).isEqualTo("Let me look at that.");
			JsonNode prompt = json.readTree(events.get(2).data()).get("prompt");
			assertThat(prompt.get("promptId").asString()).isEqualTo(promptId.toString());
			assertThat(prompt.get("options").toString()).isEqualTo("[\"callback-asap\",\"callback-scheduled\",\"keep-chatting\"]");
			assertThat(prompt.get("media").toString()).as("call me, chat with me here").isEqualTo("[\"voice\",\"chat\"]");
			assertThat(prompt.get("estimatedWaitSeconds").asInt()).isEqualTo(420);
			assertThat(Instant.parse(prompt.get("slots").get(0).asString())).isEqualTo(slot);
		}
		JsonNode transcript = transcript(chat);
		assertThat(transcript).hasSize(3);
		assertThat(transcript.get(2).get("kind").asString()).isEqualTo("prompt");
		assertThat(transcript.get(2).get("text").asString()).contains("call you back");
	}

	@Test
	void reconnectingWithLastEventIdReplaysOnlyWhatWasMissed() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		publish(Topics.BOT, new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "faq", null, "9 to 5."));
		publish(Topics.BOT, new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "faq", null, "Mon-Sat."));
		awaitTranscriptSize(chat, 3);

		try (SseStream stream = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events", bearer(chat.token()))
			.header("Last-Event-ID", "1"))) {
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.events().size() == 2);
			http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.events().size() == 3);

			assertThat(stream.events()).extracting(SseStream.Event::id).containsExactly("2", "3", "4");
			assertThat(json.readTree(stream.events().get(2).data()).get("text").asString()).isEqualTo("thanks");
			assertThat(stream.comments()).contains("connected");
		}
	}

	@Test
	void aStreamThatCannotReadTheTranscriptSendsItAsSoonAsItCan() throws Exception {
		OpenChat chat = startChat("what are your opening hours on a holiday");
		// the table gone stands for a database that cannot be read for a moment, after the token was checked
		jdbc.sql("alter table transcript_entry rename to transcript_entry_away").update();
		try (SseStream stream = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events", bearer(chat.token())))) {
			try {
				assertThat(stream.status()).isEqualTo(200);
				await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments().contains("connected"));
				assertThat(stream.events()).isEmpty();
			}
			finally {
				jdbc.sql("alter table transcript_entry_away rename to transcript_entry").update();
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.events().size() == 1);
			assertThat(json.readTree(stream.events().get(0).data()).get("text").asString())
				.isEqualTo("what are your opening hours on a holiday");
		}
	}

	@Test
	void eventStreamsNeedTheChatsToken() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		OpenChat other = startChat("where is my order");

		try (SseStream wrong = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events",
				bearer(other.token())));
				SseStream none = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events", null));
				SseStream inTheUrl = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events?token="
						+ chat.token(), null))) {
			assertThat(wrong.status()).isEqualTo(404);
			assertThat(none.status()).isEqualTo(401);
			assertThat(inTheUrl.status()).as("the token travels in the Authorization header only").isEqualTo(401);
		}
		assertThat(http.get("/api/v1/chats/" + chat.id() + "/transcript?token=" + chat.token(), null).status())
			.isEqualTo(401);
	}

	@Test
	void whileAnAgentIsInTheChatMessagesAreAddressedToThem() {
		OpenChat chat = startChat("I want a human");
		UUID sessionId = UUID.randomUUID();
		UUID callbackId = UUID.randomUUID();

		publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Instant.now(), sessionId, callbackId,
				chat.id(), "maria", "Maria", Channel.CHAT));
		awaitTranscriptWith(chat, "agent-joined");
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "hi Maria"));
		publish(Topics.SESSION, new AgentMessaged(UUID.randomUUID(), Instant.now(), sessionId, callbackId, chat.id(),
				"maria", "Maria", UUID.randomUUID(), "Hello, how can I help?"));
		publish(Topics.SESSION, new SessionCompleted(UUID.randomUUID(), Instant.now(), sessionId, callbackId,
				chat.id(), "maria", 72_000L));
		JsonNode transcript = awaitTranscriptWith(chat, "agent-left");
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "bye"));

		List<CustomerMessaged> messages = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CustomerMessaged.class), found -> found.size() == 2);
		assertThat(messages).extracting(CustomerMessaged::addressee).containsExactly(Addressee.AGENT, Addressee.BOT);
		assertThat(transcript).extracting(entry -> entry.get("kind").asString())
			.containsExactly("message", "agent-joined", "message", "message", "agent-left");
		assertThat(transcript.get(1).get("text").asString()).isEqualTo("Maria joined the chat");
		assertThat(transcript.get(3).get("speaker").asString()).isEqualTo("AGENT");
		assertThat(transcript.get(3).get("text").asString()).isEqualTo("Hello, how can I help?");
	}

	@Test
	void aCallThatConnectedIsToldInTheChatWhichStaysWithTheBot() {
		OpenChat chat = startChat("I want a human");
		UUID sessionId = UUID.randomUUID();
		SessionConnected connected = new SessionConnected(UUID.randomUUID(), Instant.now(), sessionId,
				UUID.randomUUID(), chat.id(), "maria", "Maria", Channel.VOICE);

		publish(Topics.SESSION, connected);
		publish(Topics.SESSION, connected);
		publish(Topics.SESSION, new SessionCompleted(UUID.randomUUID(), Instant.now(), sessionId,
				connected.callbackId(), chat.id(), "maria", null));
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));

		CustomerMessaged message = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CustomerMessaged.class), found -> found.size() == 1)
			.get(0);
		assertThat(message.addressee()).as("the agent is on the phone, not in the chat").isEqualTo(Addressee.BOT);
		JsonNode transcript = awaitTranscriptSize(chat, 3);
		assertThat(transcript).extracting(entry -> entry.get("kind").asString())
			.containsExactly("message", "message", "message");
		assertThat(transcript.get(1).get("speaker").asString()).isEqualTo("SYSTEM");
		assertThat(transcript.get(1).get("text").asString()).isEqualTo("You are on the phone with Maria.");
	}

	@Test
	void aRedeliveredEventShowsOnce() {
		OpenChat chat = startChat("what are your opening hours");
		BotReplied reply = new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "faq", null, "9 to 5.");

		publish(Topics.BOT, reply);
		publish(Topics.BOT, reply);
		publish(Topics.BOT, new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "faq", null, "Anything else?"));

		JsonNode transcript = awaitTranscriptSize(chat, 3);
		assertThat(transcript).extracting(entry -> entry.get("text").asString())
			.containsExactly("what are your opening hours", "9 to 5.", "Anything else?");
	}

	static CallbackOffered offer(UUID chatId, UUID promptId, Instant... slots) {
		List<CallbackOption> options = slots.length == 0
				? List.of(CallbackOption.CALLBACK_ASAP, CallbackOption.KEEP_CHATTING)
				: List.of(CallbackOption.CALLBACK_ASAP, CallbackOption.CALLBACK_SCHEDULED, CallbackOption.KEEP_CHATTING);
		return new CallbackOffered(UUID.randomUUID(), Instant.now(), chatId, "billing", promptId, null,
				"I can't sort out a disputed charge here, but an agent can call you back.", options, "billing", 420,
				List.of(slots), HandoverReason.INTENT_NOT_HANDLED, "billing_dispute is not handled by billing", null, null,
				List.of(Media.VOICE, Media.CHAT));
	}

	private JsonNode awaitTranscriptSize(OpenChat chat, int size) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> transcript(chat), entries -> entries.size() >= size);
	}

}
