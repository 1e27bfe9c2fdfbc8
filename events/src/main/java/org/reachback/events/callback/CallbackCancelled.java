package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** The callback will not take place because the customer (or an operator) cancelled it. */
public record CallbackCancelled(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String reason)
		implements CallbackEvent {
}
