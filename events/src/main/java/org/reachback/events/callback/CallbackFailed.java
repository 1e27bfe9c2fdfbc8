package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** The callback was attempted and could not be completed. */
public record CallbackFailed(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String reason)
		implements CallbackEvent {
}
