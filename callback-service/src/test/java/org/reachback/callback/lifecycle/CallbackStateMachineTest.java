package org.reachback.callback.lifecycle;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachback.callback.lifecycle.CallbackStatus.AGENT_RESERVED;
import static org.reachback.callback.lifecycle.CallbackStatus.CANCELLED;
import static org.reachback.callback.lifecycle.CallbackStatus.COMPLETED;
import static org.reachback.callback.lifecycle.CallbackStatus.DUE;
import static org.reachback.callback.lifecycle.CallbackStatus.EXPIRED;
import static org.reachback.callback.lifecycle.CallbackStatus.FAILED;
import static org.reachback.callback.lifecycle.CallbackStatus.IN_PROGRESS;
import static org.reachback.callback.lifecycle.CallbackStatus.REJECTED;
import static org.reachback.callback.lifecycle.CallbackStatus.REQUESTED;
import static org.reachback.callback.lifecycle.CallbackStatus.SCHEDULED;

class CallbackStateMachineTest {

	@Test
	void theHappyPathIsAllowedStepByStep() {
		assertThat(CallbackStateMachine.allows(REQUESTED, SCHEDULED)).isTrue();
		assertThat(CallbackStateMachine.allows(SCHEDULED, DUE)).isTrue();
		assertThat(CallbackStateMachine.allows(DUE, AGENT_RESERVED)).isTrue();
		assertThat(CallbackStateMachine.allows(AGENT_RESERVED, IN_PROGRESS)).isTrue();
		assertThat(CallbackStateMachine.allows(IN_PROGRESS, COMPLETED)).isTrue();
	}

	@Test
	void aReleasedOfferPutsTheCallbackBackToDue() {
		assertThat(CallbackStateMachine.allows(AGENT_RESERVED, DUE)).isTrue();
	}

	@Test
	void aSessionReportedBeforeTheReservationStillStartsTheCallback() {
		assertThat(CallbackStateMachine.allows(DUE, IN_PROGRESS)).isTrue();
	}

	@Test
	void cancellationIsPossibleOnlyBeforeTheCallbackStarts() {
		assertThat(EnumSet.allOf(CallbackStatus.class))
			.filteredOn(status -> CallbackStateMachine.allows(status, CANCELLED))
			.containsExactlyInAnyOrder(REQUESTED, SCHEDULED, DUE, AGENT_RESERVED);
	}

	@Test
	void aCallbackExpiresUnservedOrWhenItsRetriesRunPastTheOverallExpiry() {
		assertThat(EnumSet.allOf(CallbackStatus.class))
			.filteredOn(status -> CallbackStateMachine.allows(status, EXPIRED))
			.containsExactlyInAnyOrder(DUE, AGENT_RESERVED, IN_PROGRESS);
	}

	@Test
	void anAttemptThatEndedWithoutAConversationIsScheduledAgainForARetry() {
		assertThat(EnumSet.allOf(CallbackStatus.class))
			.filteredOn(status -> CallbackStateMachine.allows(status, SCHEDULED))
			.containsExactlyInAnyOrder(REQUESTED, SCHEDULED, DUE, AGENT_RESERVED, IN_PROGRESS);
	}

	@Test
	void aScheduledCallbackMayGetANewDueTimeOrFailWhenItCanNeverBeCalled() {
		assertThat(CallbackStateMachine.allows(SCHEDULED, SCHEDULED)).isTrue();
		assertThat(CallbackStateMachine.allows(SCHEDULED, FAILED)).isTrue();
		assertThat(CallbackStateMachine.allows(SCHEDULED, EXPIRED)).isFalse();
	}

	@Test
	void aRequestAwaitingItsSlotIsScheduledOrRejectedButNeverDueDirectly() {
		assertThat(CallbackStateMachine.next(REQUESTED)).containsExactlyInAnyOrder(SCHEDULED, REJECTED, CANCELLED);
	}

	@Test
	void lateOrOutOfOrderEventsAreNotAllowedTransitions() {
		assertThat(CallbackStateMachine.allows(IN_PROGRESS, AGENT_RESERVED)).isFalse();
		assertThat(CallbackStateMachine.allows(SCHEDULED, IN_PROGRESS)).isFalse();
		assertThat(CallbackStateMachine.allows(DUE, COMPLETED)).isFalse();
		assertThat(CallbackStateMachine.allows(REQUESTED, DUE)).isFalse();
		assertThat(CallbackStateMachine.allows(IN_PROGRESS, DUE)).isFalse();
		assertThat(CallbackStateMachine.allows(COMPLETED, SCHEDULED)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "COMPLETED", "CANCELLED", "REJECTED", "FAILED", "EXPIRED" })
	void finalStatusesAllowNoFurtherTransition(CallbackStatus status) {
		assertThat(status.isTerminal()).isTrue();
		assertThat(EnumSet.allOf(CallbackStatus.class))
			.noneMatch(next -> CallbackStateMachine.allows(status, next));
	}

	@ParameterizedTest
	@EnumSource(names = { "REQUESTED", "SCHEDULED", "DUE", "AGENT_RESERVED", "IN_PROGRESS" })
	void everyOpenStatusCanStillEnd(CallbackStatus status) {
		assertThat(status.isTerminal()).isFalse();
		assertThat(CallbackStateMachine.next(status)).containsAnyOf(COMPLETED, REJECTED, CANCELLED, FAILED);
	}

}
