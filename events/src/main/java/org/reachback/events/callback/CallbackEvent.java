package org.reachback.events.callback;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * The lifecycle of a callback, published by callback-service on {@code Topics.CALLBACK}, keyed by
 * callback id: requested, a slot asked for, then scheduled, due, agent reserved (and perhaps
 * released again), in progress and completed; an attempt without a conversation may be retried; or rejected, cancelled, failed or
 * expired. A move to another slot is refused or ends in a new {@code CallbackScheduled}.
 */
public sealed interface CallbackEvent extends DomainEvent permits CallbackScheduled, CallbackRejected,
		CallbackDue, CallbackAgentReserved, CallbackAgentReleased, CallbackInProgress, CallbackCompleted, CallbackCancelled,
		CallbackFailed, CallbackExpired, CallbackSlotRequested, CallbackRetryScheduled, CallbackRescheduleRefused {

	UUID callbackId();

	UUID chatId();

	@Override
	default String aggregateId() {
		return callbackId().toString();
	}

}
