package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** The callback could not be served in time and was given up; the customer is told. */
public record CallbackExpired(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String reason)
		implements CallbackEvent {
}
