package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

/** The customer asked, from their chat or their callback's signed link, to move their callback. */
public record CallbackRescheduleRequested(UUID eventId, Instant occurredAt, UUID chatId, UUID callbackId,
		Instant slot) implements ChatEvent {
}
