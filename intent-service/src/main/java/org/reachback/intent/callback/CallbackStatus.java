package org.reachback.intent.callback;

/** Where a callback stands, as the customer sees it. */
public enum CallbackStatus {

	/** The customer asked for it in the chat; callback-service has not booked it yet. */
	REQUESTED,
	/** Booked for {@code dueAt}; also again after an attempt that did not reach the customer. */
	SCHEDULED, DUE, AGENT_RESERVED, IN_PROGRESS, COMPLETED, CANCELLED, REJECTED, FAILED, EXPIRED;

	public boolean terminal() {
		return this == COMPLETED || this == CANCELLED || this == REJECTED || this == FAILED || this == EXPIRED;
	}

	/** A customer may cancel, or move, until the call has started. */
	public boolean cancellable() {
		return !terminal() && this != IN_PROGRESS;
	}

}
