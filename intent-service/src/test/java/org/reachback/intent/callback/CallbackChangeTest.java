package org.reachback.intent.callback;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackChangeTest {

	private final UUID callbackId = UUID.randomUUID();

	private final UUID chatId = UUID.randomUUID();

	private final Instant at = Instant.parse("2030-03-07T09:00:00Z");

	@Test
	void aScheduledCallbackCarriesItsBooking() {
		CallbackChange change = CallbackChange.of(new CallbackScheduled(UUID.randomUUID(), at, callbackId, chatId,
				"billing", "+442079460958", at.plusSeconds(3600), false, "maria"));

		assertThat(change.status()).isEqualTo(CallbackStatus.SCHEDULED);
		assertThat(change.phone()).isEqualTo("+442079460958");
		assertThat(change.dueAt()).isEqualTo(at.plusSeconds(3600));
		assertThat(change.asSoonAsPossible()).isFalse();
		assertThat(change.at()).isEqualTo(at);
	}

	@Test
	void reservationsNameTheAgentAndFailuresTheirReason() {
		assertThat(CallbackChange.of(new CallbackAgentReserved(UUID.randomUUID(), at, callbackId, chatId, "li", null))
			.agentName()).as("falls back to the agent id").isEqualTo("li");
		CallbackChange expired = CallbackChange
			.of(new CallbackExpired(UUID.randomUUID(), at, callbackId, chatId, "no answer after 3 attempts"));
		assertThat(expired.status()).isEqualTo(CallbackStatus.EXPIRED);
		assertThat(expired.problem()).isEqualTo("no answer after 3 attempts");
		assertThat(CallbackChange
			.of(new CallbackInProgress(UUID.randomUUID(), at, callbackId, chatId, UUID.randomUUID(), "li"))
			.status()).isEqualTo(CallbackStatus.IN_PROGRESS);
	}

	@Test
	void aRetryIsScheduledAgainAndClearsTheProblem() {
		CallbackChange retry = CallbackChange.of(new CallbackRetryScheduled(UUID.randomUUID(), at, callbackId, chatId, 1,
				AttemptOutcome.NO_ANSWER, at.plusSeconds(900), "no answer: retry in 15 minutes, 2 attempts left"));

		assertThat(retry.status()).isEqualTo(CallbackStatus.SCHEDULED);
		assertThat(retry.dueAt()).isEqualTo(at.plusSeconds(900));
		assertThat(retry.problem()).isNull();
		assertThat(retry.moveSettled()).isFalse();
	}

	@Test
	void aMoveWaitsUntilItIsBookedOrRefusedAndKeepsTheStatusMeanwhile() {
		Instant newSlot = at.plusSeconds(7200);
		CallbackChange asked = CallbackChange.of(new CallbackSlotRequested(UUID.randomUUID(), at, callbackId, chatId,
				"acme", "billing", newSlot, null, true));
		CallbackChange firstBooking = CallbackChange.of(new CallbackSlotRequested(UUID.randomUUID(), at, callbackId,
				chatId, "acme", "billing", newSlot, null, false));
		CallbackChange refused = CallbackChange.of(new CallbackRescheduleRefused(UUID.randomUUID(), at, callbackId,
				chatId, newSlot, at.plusSeconds(3600), "slot-full"));
		CallbackChange booked = CallbackChange.of(new CallbackScheduled(UUID.randomUUID(), at, callbackId, chatId,
				"billing", "+442079460958", newSlot, false, null));

		assertThat(asked.status()).as("keeps the status").isNull();
		assertThat(asked.requestedSlot()).isEqualTo(newSlot);
		assertThat(firstBooking.requestedSlot()).as("not a move").isNull();
		assertThat(refused.status()).isNull();
		assertThat(refused.dueAt()).as("the booking kept").isEqualTo(at.plusSeconds(3600));
		assertThat(refused.moveSettled()).isTrue();
		assertThat(booked.moveSettled()).isTrue();
	}

	@Test
	void onlyCallbacksNotYetStartedMayBeCancelled() {
		assertThat(CallbackStatus.REQUESTED.cancellable()).isTrue();
		assertThat(CallbackStatus.AGENT_RESERVED.cancellable()).isTrue();
		assertThat(CallbackStatus.IN_PROGRESS.cancellable()).isFalse();
		assertThat(CallbackStatus.COMPLETED.cancellable()).isFalse();
		assertThat(CallbackStatus.REJECTED.terminal()).isTrue();
		assertThat(CallbackStatus.DUE.terminal()).isFalse();
	}

}
