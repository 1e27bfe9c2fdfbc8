package org.reachback.intent.callback;

import java.time.Instant;

import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;

/**
 * What one callback event changes in the projection. {@code null} fields keep their value. An event
 * that sets a status also sets {@code problem} (to its own, or none); an event without a status (a
 * slot asked for, a move refused) keeps both.
 *
 * @param requestedSlot a move now waiting for its booking, else {@code null}
 * @param moveSettled whether the waiting move, if any, was answered (booked or refused)
 */
record CallbackChange(CallbackStatus status, String phone, String queue, Instant dueAt, Boolean asSoonAsPossible,
		String preferredAgent, String agentName, String problem, Instant requestedSlot, boolean moveSettled,
		Instant at) {

	static CallbackChange of(CallbackEvent event) {
		Instant at = event.occurredAt();
		if (event instanceof CallbackScheduled scheduled) {
			return new CallbackChange(CallbackStatus.SCHEDULED, scheduled.phone(), scheduled.queue(), scheduled.dueAt(),
					scheduled.asSoonAsPossible(), scheduled.preferredAgent(), null, null, null, true, at);
		}
		if (event instanceof CallbackSlotRequested requested) {
			return new CallbackChange(null, null, requested.queue(), null, null, null, null, null,
					requested.reschedule() ? requested.slot() : null, false, at);
		}
		if (event instanceof CallbackRescheduleRefused refused) {
			return new CallbackChange(null, null, null, refused.dueAt(), null, null, null, null, null, true, at);
		}
		if (event instanceof CallbackRetryScheduled retry) {
			return new CallbackChange(CallbackStatus.SCHEDULED, null, null, retry.dueAt(), null, null, null, null, null,
					false, at);
		}
		if (event instanceof CallbackAgentReserved reserved) {
			String name = reserved.agentName() == null ? reserved.agentId() : reserved.agentName();
			return new CallbackChange(CallbackStatus.AGENT_RESERVED, null, null, null, null, null, name, null, null,
					false, at);
		}
		if (event instanceof CallbackAgentReleased) {
			return status(CallbackStatus.DUE, null, at);
		}
		if (event instanceof CallbackRejected rejected) {
			return status(CallbackStatus.REJECTED, rejected.problem(), at);
		}
		if (event instanceof CallbackCancelled cancelled) {
			return status(CallbackStatus.CANCELLED, cancelled.reason(), at);
		}
		if (event instanceof CallbackFailed failed) {
			return status(CallbackStatus.FAILED, failed.reason(), at);
		}
		if (event instanceof CallbackExpired expired) {
			return status(CallbackStatus.EXPIRED, expired.reason(), at);
		}
		if (event instanceof CallbackDue) {
			return status(CallbackStatus.DUE, null, at);
		}
		if (event instanceof CallbackInProgress) {
			return status(CallbackStatus.IN_PROGRESS, null, at);
		}
		if (event instanceof CallbackCompleted) {
			return status(CallbackStatus.COMPLETED, null, at);
		}
		throw new IllegalArgumentException("Unknown callback event " + event.getClass().getSimpleName());
	}

	private static CallbackChange status(CallbackStatus status, String problem, Instant at) {
		return new CallbackChange(status, null, null, null, null, null, null, problem, null, status.terminal(), at);
	}

}
