package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

/** The customer asked, from their chat, to cancel their callback. */
public record CallbackCancellationRequested(UUID eventId, Instant occurredAt, UUID chatId, UUID callbackId)
		implements ChatEvent {
}
