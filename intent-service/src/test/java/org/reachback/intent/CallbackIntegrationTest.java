package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

@ServiceIntegrationTest
class CallbackIntegrationTest extends ChatApiSupport {

	@Test
	void theCustomerFollowsTheirCallbackAndMayCancelItWithTheirOwnToken() {
		OpenChat chat = startChat("I was charged twice");
		OpenChat stranger = startChat("where is my order");
		UUID callbackId = UUID.randomUUID();
		Instant dueAt = Instant.parse("2030-03-07T10:00:00Z");

		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", dueAt, false, "maria"));
		publish(Topics.CALLBACK, new CallbackAgentReserved(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"maria", "Maria"));
		String path = "/api/v1/callbacks/" + callbackId;
		JsonNode callback = await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get(path, bearer(chat.token())), response -> response.status() == 200
					&& "AGENT_RESERVED".equals(response.body().get("status").asString()))
			.body();

		assertThat(callback.get("agentName").asString()).isEqualTo("Maria");
		assertThat(callback.get("phone").asString()).isEqualTo("+•••••••••958");
		assertThat(Instant.parse(callback.get("dueAt").asString())).isEqualTo(dueAt);
		assertThat(callback.get("queue").asString()).isEqualTo("billing");
		assertThat(http.get(path, bearer(stranger.token())).status()).isEqualTo(404);
		assertThat(http.get(path, null).status()).isEqualTo(401);
		assertThat(http.delete(path, bearer(stranger.token())).status()).isEqualTo(404);
		JsonNode transcript = transcript(chat);
		assertThat(transcript.get(1).get("text").asString())
			.isEqualTo("Your callback is booked for Thu 7 Mar, 10:00 (Europe/London).");
		assertThat(transcript.get(2).get("text").asString()).isEqualTo("Maria will be with you shortly.");

		TestHttp.Response cancel = http.delete(path, bearer(chat.token()));
		TestHttp.Response again = http.delete(path, bearer(chat.token()));
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));

		assertThat(cancel.status()).isEqualTo(202);
		assertThat(cancel.body().get("callbackId").asString()).isEqualTo(callbackId.toString());
		assertThat(again.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> chatTopic.of(chat.id(), CustomerMessaged.class).size() == 1);
		List<CallbackCancellationRequested> requests = chatTopic.of(chat.id(), CallbackCancellationRequested.class);
		assertThat(requests).extracting(CallbackCancellationRequested::callbackId).containsExactly(callbackId);
		assertThat(chatTopic.of(stranger.id())).noneMatch(CallbackCancellationRequested.class::isInstance);
	}

	@Test
	void aCallbackInProgressCanNoLongerBeCancelled() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();

		publish(Topics.CALLBACK, new CallbackInProgress(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				UUID.randomUUID(), "maria"));
		awaitStatus(chat, callbackId, "IN_PROGRESS");

		TestHttp.Response cancel = http.delete("/api/v1/callbacks/" + callbackId, bearer(chat.token()));
		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.contentType()).startsWith("application/problem+json");
		assertThat(cancel.body().get("detail").asString()).contains("in progress");
	}

	@Test
	void aRejectedCallbackShowsItsProblem() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();

		publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"the slot is fully booked"));
		JsonNode callback = awaitStatus(chat, callbackId, "REJECTED");

		assertThat(callback.get("problem").asString()).isEqualTo("the slot is fully booked");
		JsonNode entry = awaitTranscriptWith(chat, "callback").get(1);
		assertThat(entry.get("text").asString()).isEqualTo("We could not book your callback: the slot is fully booked");
		assertThat(entry.get("callback").get("status").asString()).isEqualTo("REJECTED");
		assertThat(http.delete("/api/v1/callbacks/" + callbackId, bearer(chat.token())).status()).isEqualTo(409);
	}

	@Test
	void unknownCallbacksAreNotFound() {
		OpenChat chat = startChat("I was charged twice");

		assertThat(http.get("/api/v1/callbacks/" + UUID.randomUUID(), bearer(chat.token())).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/callbacks/not-a-uuid", bearer(chat.token())).status()).isEqualTo(400);
	}

	private JsonNode awaitStatus(OpenChat chat, UUID callbackId, String status) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())),
					response -> response.status() == 200 && status.equals(response.body().get("status").asString()))
			.body();
	}

}
