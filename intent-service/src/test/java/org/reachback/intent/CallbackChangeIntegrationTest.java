package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.testing.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * A customer told the bot to cancel or move their callback (chatbot-service publishes
 * {@code CallbackChangeRequested}): the change is asked of callback-service as the API asks it,
 * once, and a change that is not possible is ignored (the bot has answered the customer already).
 */
@ServiceIntegrationTest
class CallbackChangeIntegrationTest extends ChatApiSupport {

	private static final Instant BOOKED = Instant.parse("2030-03-07T10:00:00Z");

	@Test
	void cancellingInTheChatAsksCallbackServiceOnceHoweverOftenItArrives() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = scheduledCallback(chat);

		CallbackChangeRequested cancel = new CallbackChangeRequested(UUID.randomUUID(), Instant.now(), chat.id(),
				callbackId, UUID.randomUUID(), null);
		publish(Topics.BOT, cancel);
		publish(Topics.BOT, cancel);
		RecordMetadata last = otherServices.publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(),
				Instant.now(), chat.id(), callbackId, UUID.randomUUID(), null));

		CallbackCancellationRequested requested = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CallbackCancellationRequested.class), list -> !list.isEmpty())
			.get(0);
		assertThat(requested.callbackId()).isEqualTo(callbackId);
		otherServices.awaitConsumed("intent-service", last);
		assertThat(chatTopic.of(chat.id(), CallbackCancellationRequested.class)).hasSize(1);
	}

	@Test
	void movingInTheChatAsksForTheSlotTheBotChoseAndTheCallbackKeepsItsTimeMeanwhile() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = scheduledCallback(chat);
		Instant moved = Instant.parse("2030-03-08T15:00:00Z");

		publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(), Instant.now(), chat.id(), callbackId,
				UUID.randomUUID(), moved));

		CallbackRescheduleRequested requested = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CallbackRescheduleRequested.class), list -> !list.isEmpty())
			.get(0);
		assertThat(requested.callbackId()).isEqualTo(callbackId);
		assertThat(requested.slot()).isEqualTo(moved);
		JsonNode view = http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())).expect(200);
		assertThat(Instant.parse(view.get("requestedSlot").asString())).isEqualTo(moved);
		assertThat(Instant.parse(view.get("dueAt").asString())).isEqualTo(BOOKED);
	}

	@Test
	void aChangeThatIsNotPossibleIsIgnored() {
		OpenChat chat = startChat("I was charged twice");
		OpenChat stranger = startChat("where is my order");
		UUID callbackId = scheduledCallback(chat);
		UUID finished = scheduledCallback(chat);
		publish(Topics.CALLBACK, new CallbackCompleted(UUID.randomUUID(), Instant.now(), finished, chat.id(),
				UUID.randomUUID()));
		awaitStatus(chat, finished, "COMPLETED");

		RecordMetadata strangers = otherServices.publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(),
				Instant.now(), stranger.id(), callbackId, UUID.randomUUID(), null));
		publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(), Instant.now(), chat.id(), finished,
				UUID.randomUUID(), null));
		publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(), Instant.now(), chat.id(), finished,
				UUID.randomUUID(), Instant.parse("2030-03-08T15:00:00Z")));
		RecordMetadata past = otherServices.publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(),
				Instant.now(), chat.id(), callbackId, UUID.randomUUID(), Instant.parse("2020-03-08T15:00:00Z")));
		// a change the service does carry out, after the others in the chat's partition
		publish(Topics.BOT, new CallbackChangeRequested(UUID.randomUUID(), Instant.now(), chat.id(), callbackId,
				UUID.randomUUID(), null));

		otherServices.awaitConsumed("intent-service", strangers);
		otherServices.awaitConsumed("intent-service", past);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CallbackCancellationRequested.class), list -> !list.isEmpty());
		assertThat(chatTopic.of(chat.id(), CallbackCancellationRequested.class))
			.extracting(CallbackCancellationRequested::callbackId)
			.containsExactly(callbackId);
		assertThat(chatTopic.of(chat.id(), CallbackRescheduleRequested.class)).isEmpty();
		assertThat(chatTopic.of(stranger.id(), CallbackCancellationRequested.class)).isEmpty();
	}

	private UUID scheduledCallback(OpenChat chat) {
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", chat.phone(), BOOKED, false, null));
		awaitStatus(chat, callbackId, "SCHEDULED");
		return callbackId;
	}

	private JsonNode awaitStatus(OpenChat chat, UUID callbackId, String status) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())),
					response -> response.status() == 200 && status.equals(response.body().get("status").asString()))
			.body();
	}

}
