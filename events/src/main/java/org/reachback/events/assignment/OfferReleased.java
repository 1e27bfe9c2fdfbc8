package org.reachback.events.assignment;

import java.time.Instant;
import java.util.UUID;

/** An offer ended without acceptance (declined, timed out or withdrawn); the agent is free again. */
public record OfferReleased(UUID eventId, Instant occurredAt, UUID callbackId, UUID offerId, String agentId,
		Reason reason) implements AssignmentEvent {

	public enum Reason {
		DECLINED, TIMED_OUT, WITHDRAWN,
		/** The agent accepted, but their phone did not take the call ({@code AgentCallMissed}). */
		CALL_MISSED
	}

}
