package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

/**
 * The session ended normally; the agent left the chat or either side hung up.
 *
 * @param durationMillis how long agent and customer were connected; {@code null} from producers
 * older than it
 */
public record SessionCompleted(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId, Long durationMillis) implements SessionEvent {
}
