package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/** An agent was reserved for the callback and offered it. */
public record CallbackAgentReserved(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String agentId,
		String agentName) implements CallbackEvent {
}
