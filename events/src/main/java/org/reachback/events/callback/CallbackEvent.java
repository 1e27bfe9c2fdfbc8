package org.reachback.events.callback;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * The lifecycle of a callback, published by callback-service on {@code Topics.CALLBACK}, keyed by
 * callback id: requested, then scheduled, due, agent reserved, in progress and completed; or
 * rejected, cancelled, failed or expired.
 */
public sealed interface CallbackEvent extends DomainEvent permits CallbackScheduled, CallbackRejected,
		CallbackDue, CallbackAgentReserved, CallbackInProgress, CallbackCompleted, CallbackCancelled,
		CallbackFailed, CallbackExpired {

	UUID callbackId();

	UUID chatId();

	@Override
	default String aggregateId() {
		return callbackId().toString();
	}

}
