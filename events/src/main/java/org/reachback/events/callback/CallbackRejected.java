package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** A callback request could not be accepted, for the reason given in words. */
public record CallbackRejected(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String problem)
		implements CallbackEvent {
}
