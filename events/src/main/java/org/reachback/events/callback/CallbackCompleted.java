package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** The callback took place and ended normally. */
public record CallbackCompleted(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, UUID sessionId)
		implements CallbackEvent {
}
