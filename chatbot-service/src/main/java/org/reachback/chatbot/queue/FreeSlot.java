package org.reachback.chatbot.queue;

import java.time.Instant;

/**
 * A slot with room for one more callback.
 *
 * @param agentId the agent whose own time it is; {@code null} for a slot of the queue's team
 */
public record FreeSlot(String queue, Instant start, String agentId) {
}
