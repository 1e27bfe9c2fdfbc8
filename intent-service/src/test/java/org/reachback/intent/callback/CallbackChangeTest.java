package org.reachback.intent.callback;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackScheduled;

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
	void onlyCallbacksNotYetStartedMayBeCancelled() {
		assertThat(CallbackStatus.REQUESTED.cancellable()).isTrue();
		assertThat(CallbackStatus.AGENT_RESERVED.cancellable()).isTrue();
		assertThat(CallbackStatus.IN_PROGRESS.cancellable()).isFalse();
		assertThat(CallbackStatus.COMPLETED.cancellable()).isFalse();
		assertThat(CallbackStatus.REJECTED.terminal()).isTrue();
		assertThat(CallbackStatus.DUE.terminal()).isFalse();
	}

	@Test
	void tellsTheCustomerTimesInTheirOwnZone() {
		CallbackView scheduled = new CallbackView(callbackId, chatId, CallbackStatus.SCHEDULED, "+442079460958",
				"billing", Instant.parse("2030-07-04T09:00:00Z"), false, null, null, null, null, at);

		assertThat(CallbackTexts.describe(scheduled, "Europe/Madrid"))
			.isEqualTo("Your callback is booked for Thu 4 Jul, 11:00 (Europe/Madrid).");
		assertThat(CallbackTexts.describe(scheduled, null)).contains("09:00 (Z)");
	}

}
