package org.reachback.events.queue;

import java.time.Instant;
import java.util.UUID;

/** An agent answered a queued interaction. */
public record InteractionAnswered(UUID eventId, Instant occurredAt, String queue, UUID interactionId,
		String agentId) implements QueueEvent {
}
