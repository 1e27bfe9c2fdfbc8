package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer asked to move their callback but the new time could not be booked; the callback
 * keeps its earlier time, and the customer is told.
 *
 * @param problem a stable code, such as {@code slot-full} or {@code not-movable}
 */
public record CallbackRescheduleRefused(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId,
		Instant requestedSlot, Instant dueAt, String problem) implements CallbackEvent {
}
