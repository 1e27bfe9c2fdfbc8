package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.assignment.AgentAssigned.Channel;

/**
 * Agent and customer are connected: on the chat channel, the agent joined the customer's chat; on
 * the voice channel both answered and their phones were connected to each other.
 */
public record SessionConnected(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId, String agentName, Channel channel) implements SessionEvent {
}
