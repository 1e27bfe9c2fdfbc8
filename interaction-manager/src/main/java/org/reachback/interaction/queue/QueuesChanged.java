package org.reachback.interaction.queue;

/**
 * Something that affects who can serve which queue changed: an agent's state, a platform queue's
 * traffic, the virtual queue or an offer ({@link #work}), or what agents are rostered with which
 * skills ({@link #supply}). Published inside the transaction that made the change; listeners react
 * after it commits (dispatch the virtual queue, recompute the read models), so they always see it.
 *
 * @param cause what changed, for logs
 * @param capacityChanged whether slot capacity may have changed: it follows rosters and skills only,
 * so regenerating the slots for anything else would be work with no effect
 */
public record QueuesChanged(String cause, boolean capacityChanged) {

	/** Work to do or agents to do it changed; capacity did not. */
	public static QueuesChanged work(String cause) {
		return new QueuesChanged(cause, false);
	}

	/** Rosters or skills changed, and with them the slots' capacity. */
	public static QueuesChanged supply(String cause) {
		return new QueuesChanged(cause, true);
	}

}
