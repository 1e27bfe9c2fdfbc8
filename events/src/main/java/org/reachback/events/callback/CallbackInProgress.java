package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** The agent and the customer are connected. */
public record CallbackInProgress(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, UUID sessionId,
		String agentId) implements CallbackEvent {
}
