package org.reachback.events.assignment;

import java.time.Instant;
import java.util.UUID;

/** An agent was reserved for a callback and offered it; they may accept or decline. */
public record AgentReserved(UUID eventId, Instant occurredAt, UUID callbackId, UUID offerId, String agentId,
		String agentName) implements AssignmentEvent {
}
