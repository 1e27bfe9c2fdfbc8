package org.reachback.callback.lifecycle;

/** Where a callback is in its lifecycle; {@link CallbackStateMachine} says which status may follow which. */
public enum CallbackStatus {

	/** Received from the bot, not yet validated. */
	REQUESTED,

	/** Valid and booked; the durable timer makes it due at its due time. */
	SCHEDULED,

	/** Its time has come; interaction-manager is looking for an agent. */
	DUE,

	/** An agent was reserved and offered it. */
	AGENT_RESERVED,

	/** Agent and customer are connected. */
	IN_PROGRESS,

	/** The callback took place. */
	COMPLETED,

	/** The customer cancelled it before it started. */
	CANCELLED,

	/** The request was invalid (phone number, slot) and never booked. */
	REJECTED,

	/** It was attempted and could not be completed. */
	FAILED,

	/** No agent served it in time. */
	EXPIRED;

	public boolean isTerminal() {
		return CallbackStateMachine.next(this).isEmpty();
	}

}
