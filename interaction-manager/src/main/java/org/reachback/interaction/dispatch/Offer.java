package org.reachback.interaction.dispatch;

import java.time.Instant;
import java.util.UUID;

/**
 * A callback offered to a reserved agent.
 *
 * @param selectionReason why this agent was chosen, in words; null for offers made before reasons were kept
 */
record Offer(UUID id, UUID callbackId, String agentId, Status status, Instant offeredAt, Instant expiresAt,
		Instant endedAt, String selectionReason) {

	enum Status {
		/** Reserved and offered; waiting for the agent to accept or decline. */
		OPEN,
		/** The agent works on the callback until its session completes. */
		ACCEPTED,
		COMPLETED, DECLINED, TIMED_OUT, WITHDRAWN,
		/** Accepted, but the agent's phone did not take the voice call; the callback went back to the queue. */
		CALL_MISSED
	}

}
