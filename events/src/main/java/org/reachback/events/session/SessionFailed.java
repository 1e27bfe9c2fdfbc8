package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

/**
 * The session could not take place (the channel is not available, the chat is gone, the call could
 * not be placed); the agent is free again and the callback decides whether to retry.
 */
public record SessionFailed(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId, String reason) implements SessionEvent {
}
