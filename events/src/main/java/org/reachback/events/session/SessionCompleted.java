package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

/** The session ended normally; the agent left the chat or hung up. */
public record SessionCompleted(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId) implements SessionEvent {
}
