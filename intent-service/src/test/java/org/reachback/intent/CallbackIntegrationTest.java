package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.session.SessionConnected;
import org.reachback.intent.callback.LinkSettings;
import org.reachback.intent.callback.TestLinks;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

@ServiceIntegrationTest
class CallbackIntegrationTest extends ChatApiSupport {

	@Autowired
	LinkSettings links;

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
	void anAgentWhoLetsTheOfferGoIsNoLongerShownAndTheCustomerIsToldAnotherIsBeingFound() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackAgentReserved(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"maria", "Maria"));
		awaitStatus(chat, callbackId, "AGENT_RESERVED");

		publish(Topics.CALLBACK, new CallbackAgentReleased(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"TIMED_OUT"));

		awaitStatus(chat, callbackId, "DUE");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> transcript(chat).toString().contains("We are finding another agent for you now."));
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
				"the slot is fully booked", "slot-full"));
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

	@Test
	void theCustomerMovesTheirCallbackWhichKeepsItsTimeUntilTheMoveIsBooked() {
		OpenChat chat = startChat("I was charged twice");
		OpenChat stranger = startChat("where is my order");
		UUID callbackId = UUID.randomUUID();
		Instant booked = Instant.parse("2030-03-07T10:00:00Z");
		Instant moved = Instant.parse("2030-03-08T15:00:00Z");
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", booked, false, null));
		awaitStatus(chat, callbackId, "SCHEDULED");
		String path = "/api/v1/callbacks/" + callbackId;

		TestHttp.Response move = http.patch(path, bearer(chat.token()), Map.of("slot", moved.toString()));
		TestHttp.Response again = http.patch(path, bearer(chat.token()), Map.of("slot", moved.toString()));

		assertThat(move.status()).as(move.toString()).isEqualTo(202);
		assertThat(move.body().get("callbackId").asString()).isEqualTo(callbackId.toString());
		assertThat(Instant.parse(move.body().get("requestedSlot").asString())).isEqualTo(moved);
		assertThat(again.status()).isEqualTo(202);
		assertProblem(http.patch(path, bearer(stranger.token()), Map.of("slot", moved.toString())), 404);
		assertProblem(http.patch(path, bearer(chat.token()), Map.of("slot", "2020-01-01T00:00:00Z")), 400);
		assertProblem(http.patch(path, bearer(chat.token()), Map.of("slot", "tomorrow at ten")), 400);
		assertProblem(http.patch(path, bearer(chat.token()), "{}"), 400);
		assertThat(http.patch(path, null, Map.of("slot", moved.toString())).status()).isEqualTo(401);
		JsonNode waiting = http.get(path, bearer(chat.token())).expect(200);
		assertThat(waiting.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(Instant.parse(waiting.get("dueAt").asString())).as("the old booking holds").isEqualTo(booked);
		assertThat(Instant.parse(waiting.get("requestedSlot").asString())).isEqualTo(moved);
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));
		await().atMost(Duration.ofSeconds(20)).until(() -> chatTopic.of(chat.id(), CustomerMessaged.class).size() == 1);
		assertThat(chatTopic.of(chat.id(), CallbackRescheduleRequested.class)).singleElement()
			.satisfies(requested -> {
				assertThat(requested.callbackId()).isEqualTo(callbackId);
				assertThat(requested.slot()).isEqualTo(moved);
			});

		publish(Topics.CALLBACK, new CallbackSlotRequested(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"acme", "billing", moved, null, true));
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", moved, false, null));

		JsonNode done = await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get(path, bearer(chat.token())).body(), view -> view.get("requestedSlot") == null
					&& moved.equals(Instant.parse(view.get("dueAt").asString())));
		assertThat(done.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(callbackTexts(chat)).containsExactly("Your callback is booked for Thu 7 Mar, 10:00 (Europe/London).",
				"Your callback is now at Fri 8 Mar, 15:00 (Europe/London).");
	}

	@Test
	void aRefusedMoveKeepsTheBookingAndSaysWhy() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		Instant booked = Instant.parse("2030-03-07T10:00:00Z");
		Instant wanted = Instant.parse("2030-03-08T15:00:00Z");
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", booked, false, null));
		awaitStatus(chat, callbackId, "SCHEDULED");
		http.patch("/api/v1/callbacks/" + callbackId, bearer(chat.token()), Map.of("slot", wanted.toString()))
			.expect(202);

		publish(Topics.CALLBACK, new CallbackRescheduleRefused(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				wanted, booked, "slot-full"));

		JsonNode kept = await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())).body(),
					view -> view.get("requestedSlot") == null);
		assertThat(kept.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(Instant.parse(kept.get("dueAt").asString())).isEqualTo(booked);
		assertThat(callbackTexts(chat)).last()
			.isEqualTo("We couldn't move your callback to Fri 8 Mar, 15:00 (Europe/London): that time is fully booked. "
					+ "It stays booked for Thu 7 Mar, 10:00 (Europe/London).");
	}

	@Test
	void aFinishedCallbackCannotBeMoved() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackCompleted(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				UUID.randomUUID()));
		awaitStatus(chat, callbackId, "COMPLETED");

		TestHttp.Response move = http.patch("/api/v1/callbacks/" + callbackId, bearer(chat.token()),
				Map.of("slot", "2030-03-08T15:00:00Z"));

		assertProblem(move, 409);
		assertThat(move.body().get("detail").asString()).contains("completed", "can no longer be moved");
	}

	@Test
	void theSignedLinkReadsMovesAndCancelsWithoutTheChatToken() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", Instant.parse("2030-03-07T10:00:00Z"), false, null));
		JsonNode callback = awaitStatus(chat, callbackId, "SCHEDULED");
		String manageUrl = callback.get("manageUrl").asString();
		assertThat(manageUrl).startsWith("http://localhost:8080/api/v1/callback-links/");
		String link = "/api/v1/callback-links/" + manageUrl.substring(manageUrl.lastIndexOf('/') + 1);

		JsonNode read = http.get(link, null).expect(200);
		TestHttp.Response move = http.patch(link, null, Map.of("slot", "2030-03-09T11:00:00Z"));
		TestHttp.Response cancel = http.delete(link, null);

		assertThat(read.get("callbackId").asString()).isEqualTo(callbackId.toString());
		assertThat(read.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(read.get("phone").asString()).isEqualTo("+•••••••••958");
		assertThat(read.get("manageUrl").asString()).as("the same link, not a renewed one").isEqualTo(manageUrl);
		assertThat(move.status()).as(move.toString()).isEqualTo(202);
		assertThat(cancel.status()).as(cancel.toString()).isEqualTo(202);
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "thanks"));
		await().atMost(Duration.ofSeconds(20)).until(() -> chatTopic.of(chat.id(), CustomerMessaged.class).size() == 1);
		assertThat(chatTopic.of(chat.id(), CallbackRescheduleRequested.class)).extracting(
				CallbackRescheduleRequested::slot).containsExactly(Instant.parse("2030-03-09T11:00:00Z"));
		assertThat(chatTopic.of(chat.id(), CallbackCancellationRequested.class))
			.extracting(CallbackCancellationRequested::callbackId)
			.containsExactly(callbackId);
	}

	@Test
	void aTamperedOrExpiredLinkOpensNothing() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", Instant.parse("2030-03-07T10:00:00Z"), false, null));
		String manageUrl = awaitStatus(chat, callbackId, "SCHEDULED").get("manageUrl").asString();
		String token = manageUrl.substring(manageUrl.lastIndexOf('/') + 1);
		char changed = token.charAt(20) == 'A' ? 'B' : 'A';
		String tampered = "/api/v1/callback-links/" + token.substring(0, 20) + changed + token.substring(21);
		String expired = "/api/v1/callback-links/" + TestLinks.expiredToken(links, callbackId, chat.id());

		for (String link : List.of(tampered, expired, "/api/v1/callback-links/not-a-link")) {
			assertProblem(http.get(link, null), 404);
			assertProblem(http.patch(link, null, Map.of("slot", "2030-03-09T11:00:00Z")), 404);
			assertProblem(http.delete(link, null), 404);
		}
		assertThat(http.get("/api/v1/callback-links/" + token, null).status()).isEqualTo(200);
		assertThat(http.get(expired, null).body().get("detail").asString()).contains("not valid, or it has expired");
	}

	@Test
	void eachRetryIsToldAndTheAgentOfTheUnansweredAttemptLeavesTheChat() {
		OpenChat chat = startChat("I was charged twice");
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"billing", "+442079460958", Instant.now(), true, null));
		awaitStatus(chat, callbackId, "SCHEDULED");
		publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), callbackId,
				chat.id(), "maria", "Maria", Channel.CHAT));
		awaitTranscriptWith(chat, "agent-joined");
		Instant retryAt = Instant.parse("2030-03-07T14:30:00Z");

		publish(Topics.CALLBACK, new CallbackRetryScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(), 1,
				AttemptOutcome.NO_ANSWER, retryAt, "no answer: next attempt in 4 hours, 2 left"));

		JsonNode retried = await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())).body(),
					view -> retryAt.equals(Instant.parse(view.get("dueAt").asString())));
		assertThat(retried.get("status").asString()).isEqualTo("SCHEDULED");
		JsonNode transcript = awaitTranscriptWith(chat, "agent-left");
		assertThat(transcript).extracting(entry -> entry.get("text").asString())
			.endsWith("Maria left the chat", "We couldn't reach you; we'll try again at Thu 7 Mar, 14:30 (Europe/London).");
		assertThat(http.get("/api/v1/chats/" + chat.id(), bearer(chat.token())).body().has("agentName")).isFalse();
		http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()), Map.of("text", "sorry, I missed it"));
		CustomerMessaged message = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CustomerMessaged.class), found -> !found.isEmpty())
			.get(0);
		assertThat(message.addressee()).as("back to the bot").isEqualTo(CustomerMessaged.Addressee.BOT);

		publish(Topics.CALLBACK, new CallbackExpired(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				"no answer after 3 attempts"));
		awaitStatus(chat, callbackId, "EXPIRED");
		assertThat(callbackTexts(chat)).last()
			.isEqualTo("Sorry, we tried but could not call you back in time. You can ask for another callback here.");
	}

	private List<String> callbackTexts(OpenChat chat) {
		return transcript(chat).valueStream()
			.filter(entry -> "callback".equals(entry.get("kind").asString()))
			.map(entry -> entry.get("text").asString())
			.toList();
	}

	private static void assertProblem(TestHttp.Response reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	private JsonNode awaitStatus(OpenChat chat, UUID callbackId, String status) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())),
					response -> response.status() == 200 && status.equals(response.body().get("status").asString()))
			.body();
	}

}
