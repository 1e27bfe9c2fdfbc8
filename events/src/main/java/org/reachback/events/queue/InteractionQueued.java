package org.reachback.events.queue;

import java.time.Instant;
import java.util.UUID;

/** A call or chat entered the queue and waits for an agent. */
public record InteractionQueued(UUID eventId, Instant occurredAt, String queue, UUID interactionId)
		implements QueueEvent {
}
