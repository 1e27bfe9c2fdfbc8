package org.reachback.interaction.decision;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision and why it was taken.
 *
 * @param callbackId the callback it concerns
 * @param agentId the agent booked or chosen, if any
 * @param reason why, in words an administrator reads
 */
public record Decision(Instant decidedAt, Kind kind, UUID callbackId, String queue, String agentId, String reason) {

	public enum Kind {
		/** A callback was booked into a slot (or its booking moved there). */
		SLOT_BOOKED,
		/** A slot was refused: full, outside hours, or an unknown queue. */
		SLOT_REFUSED,
		/** A due callback was kept waiting so that inbound customers keep their service level. */
		HELD_BACK,
		/** An agent was chosen and reserved for a callback. */
		AGENT_CHOSEN
	}

}
