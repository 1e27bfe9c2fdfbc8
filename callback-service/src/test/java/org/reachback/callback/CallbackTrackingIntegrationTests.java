package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.DomainEvent;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class CallbackTrackingIntegrationTests extends OtherServices {

	@LocalServerPort
	int port;

	@Test
	void aReservedConnectedAndCompletedCallbackIsCompletedWithEveryTransitionRecordedInOrder() {
		CallbackRequested request = dueCallback();
		UUID callbackId = request.callbackId();
		UUID offerId = UUID.randomUUID();
		UUID sessionId = UUID.randomUUID();

		otherServices.publish(Topics.ASSIGNMENT,
				new AgentReserved(UUID.randomUUID(), Requests.now(), callbackId, offerId, "maria", "Maria Lopez"));
		CallbackAgentReserved reserved = awaitOne(callbackId, CallbackAgentReserved.class);
		otherServices.publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Requests.now(), sessionId, callbackId,
				request.chatId(), "maria", "Maria Lopez", Channel.CHAT));
		CallbackInProgress inProgress = awaitOne(callbackId, CallbackInProgress.class);
		otherServices.publish(Topics.SESSION,
				new SessionCompleted(UUID.randomUUID(), Requests.now(), sessionId, callbackId, request.chatId(), "maria",
						72_400L));
		CallbackCompleted completed = awaitOne(callbackId, CallbackCompleted.class);

		assertThat(reserved.agentId()).isEqualTo("maria");
		assertThat(reserved.agentName()).isEqualTo("Maria Lopez");
		assertThat(reserved.chatId()).isEqualTo(request.chatId());
		assertThat(inProgress.sessionId()).isEqualTo(sessionId);
		assertThat(inProgress.agentId()).isEqualTo("maria");
		assertThat(completed.sessionId()).isEqualTo(sessionId);
		assertThat(published.of(callbackId).stream().map(DomainEvent::getClass).toList())
			.containsExactly(CallbackScheduled.class, CallbackDue.class, CallbackAgentReserved.class,
					CallbackInProgress.class, CallbackCompleted.class);
		Map<String, Object> details = adminGet("/api/v1/callbacks/" + callbackId);
		assertThat(details.get("callback").toString()).contains("status=COMPLETED", "agentId=maria",
				"sessionId=" + sessionId, "media=voice");
		assertThat(transitions(details)).last().satisfies(completion -> assertThat(completion.get("reason"))
			.isEqualTo("session " + sessionId + " completed after 1m 12s"));
		assertThat(transitions(details)).extracting(t -> t.get("from") + "->" + t.get("to"))
			.containsExactly("null->REQUESTED", "REQUESTED->SCHEDULED", "SCHEDULED->DUE", "DUE->AGENT_RESERVED",
					"AGENT_RESERVED->IN_PROGRESS", "IN_PROGRESS->COMPLETED");
		assertThat(transitions(details)).allSatisfy(t -> assertThat(t.get("applied")).isEqualTo(true));
	}

	@Test
	void aSessionToAnInvalidNumberFailsTheCallbackWithoutARetry() {
		CallbackRequested request = dueCallback();
		UUID callbackId = request.callbackId();
		otherServices.publish(Topics.ASSIGNMENT, new AgentReserved(UUID.randomUUID(), Requests.now(), callbackId,
				UUID.randomUUID(), "maria", "Maria Lopez"));
		awaitOne(callbackId, CallbackAgentReserved.class);

		otherServices.publish(Topics.SESSION, new SessionFailed(UUID.randomUUID(), Requests.now(), UUID.randomUUID(),
				callbackId, request.chatId(), "maria", "the number does not exist", AttemptOutcome.INVALID_NUMBER));

		CallbackFailed failed = awaitOne(callbackId, CallbackFailed.class);
		assertThat(failed.reason()).contains("failed: the number does not exist")
			.endsWith("INVALID_NUMBER on attempt 1: never retried");
		assertThat(table.status(callbackId)).isEqualTo("FAILED");
		assertThat(table.appliedTransitions(callbackId)).endsWith("DUE->AGENT_RESERVED", "AGENT_RESERVED->FAILED");
	}

	@Test
	void aReleasedOfferPutsTheCallbackBackToWaitingAndTellsTheCustomerWithoutANewDueEvent() {
		CallbackRequested request = dueCallback();
		UUID callbackId = request.callbackId();
		UUID offerId = UUID.randomUUID();
		otherServices.publish(Topics.ASSIGNMENT,
				new AgentReserved(UUID.randomUUID(), Requests.now(), callbackId, offerId, "sam", "Sam Okafor"));
		awaitOne(callbackId, CallbackAgentReserved.class);

		OfferReleased released = new OfferReleased(UUID.randomUUID(), Requests.now(), callbackId, offerId, "sam",
				OfferReleased.Reason.DECLINED);
		otherServices.publish(Topics.ASSIGNMENT, released);

		await().atMost(Duration.ofSeconds(20)).until(() -> "DUE".equals(table.status(callbackId)));
		assertThat(table.appliedTransitions(callbackId)).endsWith("DUE->AGENT_RESERVED", "AGENT_RESERVED->DUE");
		CallbackAgentReleased toldTheCustomer = awaitOne(callbackId, CallbackAgentReleased.class);
		assertThat(toldTheCustomer.reason()).isEqualTo("DECLINED");
		assertThat(toldTheCustomer.chatId()).isEqualTo(request.chatId());
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> published.of(callbackId, CallbackDue.class).size() == 1);
	}

	@Test
	void aCallbackCancelledBeforeItIsDueIsCancelledAndNeverBecomesDue() {
		Instant slot = Requests.now().plusSeconds(3);
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		bookAskedSlot(request.callbackId(), 1);
		awaitOne(request.callbackId(), CallbackScheduled.class);

		otherServices.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), Requests.now(),
				request.chatId(), request.callbackId()));

		CallbackCancelled cancelled = awaitOne(request.callbackId(), CallbackCancelled.class);
		assertThat(cancelled.reason()).isEqualTo("cancelled by the customer");
		assertThat(cancelled.chatId()).isEqualTo(request.chatId());
		Duration pastTheSlot = Duration.between(Instant.now(), slot).plusSeconds(1);
		await().during(pastTheSlot.isNegative() ? Duration.ofSeconds(1) : pastTheSlot)
			.atMost(Duration.ofSeconds(8))
			.until(() -> published.of(request.callbackId(), CallbackDue.class).isEmpty()
					&& "CANCELLED".equals(table.status(request.callbackId())));
	}

	@Test
	void aCallbackCancelledWhileItsSlotIsBeingBookedStaysCancelledWhenTheBookingArrives() {
		CallbackRequested request = Requests.at(Requests.now().plus(Duration.ofHours(1)), Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		awaitOne(request.callbackId(), CallbackSlotRequested.class);

		otherServices.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), Requests.now(),
				request.chatId(), request.callbackId()));
		awaitOne(request.callbackId(), CallbackCancelled.class);
		SlotBooked late = bookAskedSlot(request.callbackId(), 1);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(late.eventId()));
		assertThat(table.status(request.callbackId())).isEqualTo("CANCELLED");
		assertThat(table.refusals(request.callbackId())).singleElement().asString()
			.contains("booked", "ignored: this CANCELLED callback waits for no slot");
		assertThat(published.of(request.callbackId(), CallbackScheduled.class)).isEmpty();
	}

	@Test
	void aCancellationThatOvertakesItsRequestCancelsTheCallbackWhenTheRequestArrives() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		CallbackCancellationRequested cancellation = new CallbackCancellationRequested(UUID.randomUUID(),
				Requests.now(), request.chatId(), request.callbackId());
		otherServices.publish(Topics.CHAT, cancellation);
		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(cancellation.eventId()));

		otherServices.publish(Topics.BOT, request);

		CallbackCancelled cancelled = awaitOne(request.callbackId(), CallbackCancelled.class);
		assertThat(cancelled.reason()).isEqualTo("cancelled by the customer");
		assertThat(table.status(request.callbackId())).isEqualTo("CANCELLED");
		assertThat(transitions(adminGet("/api/v1/callbacks/" + request.callbackId())))
			.extracting(t -> t.get("from") + "->" + t.get("to") + ": " + t.get("reason"))
			.containsExactly("null->REQUESTED: requested in chat " + request.chatId() + " as soon as possible",
					"REQUESTED->CANCELLED: cancelled by the customer before the request arrived");
		assertThat(published.of(request.callbackId()).stream().map(DomainEvent::getClass).toList())
			.containsExactly(CallbackCancelled.class);
	}

	@Test
	void aCancellationWhileInProgressIsIgnoredAndTheReasonRecorded() {
		CallbackRequested request = dueCallback();
		UUID callbackId = request.callbackId();
		UUID sessionId = UUID.randomUUID();
		otherServices.publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Requests.now(), sessionId, callbackId,
				request.chatId(), "li", "Li Wei", Channel.CHAT));
		awaitOne(callbackId, CallbackInProgress.class);

		CallbackCancellationRequested cancellation = new CallbackCancellationRequested(UUID.randomUUID(),
				Requests.now(), request.chatId(), callbackId);
		otherServices.publish(Topics.CHAT, cancellation);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(cancellation.eventId()));
		assertThat(table.status(callbackId)).isEqualTo("IN_PROGRESS");
		assertThat(table.refusals(callbackId)).singleElement()
			.asString()
			.contains("cancelled by the customer", "ignored", "IN_PROGRESS");
		otherServices.publish(Topics.SESSION,
				new SessionCompleted(UUID.randomUUID(), Requests.now(), sessionId, callbackId, request.chatId(), "li",
						null));
		awaitOne(callbackId, CallbackCompleted.class);
		assertThat(table.reasons(callbackId)).last().as("no duration from an older session-service")
			.isEqualTo("session " + sessionId + " completed");
		assertThat(published.of(callbackId, CallbackCancelled.class)).isEmpty();
	}

	@Test
	void aDueCallbackNoAgentServedInTimeExpires() {
		CallbackRequested request = dueCallback();

		table.dueHoursAgo(request.callbackId(), 5);

		CallbackExpired expired = awaitOne(request.callbackId(), CallbackExpired.class);
		assertThat(expired.reason()).contains("no agent was free within 240 minutes");
		assertThat(table.status(request.callbackId())).isEqualTo("EXPIRED");
	}

	/** Requests a callback as soon as possible and waits until it is due. */
	private CallbackRequested dueCallback() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		awaitOne(request.callbackId(), CallbackDue.class);
		return request;
	}

	private <T extends DomainEvent> T awaitOne(UUID callbackId, Class<T> type) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> published.of(callbackId, type), found -> !found.isEmpty())
			.get(0);
	}

	private Map<String, Object> adminGet(String path) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.headers(headers -> headers.setBearerAuth(TestTokens.forUser("admin")))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> transitions(Map<String, Object> details) {
		return (List<Map<String, Object>>) details.get("transitions");
	}

}
