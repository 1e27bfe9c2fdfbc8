package org.reachback.events.queue;

import java.time.Instant;
import java.util.UUID;

/** The customer left the queue before an agent answered. */
public record InteractionAbandoned(UUID eventId, Instant occurredAt, String queue, UUID interactionId)
		implements QueueEvent {
}
