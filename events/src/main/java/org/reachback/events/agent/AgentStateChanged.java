package org.reachback.events.agent;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent's state changed. Published by a contact-centre platform, or by interaction-manager's
 * agent API, on {@code Topics.AGENT}, keyed by agent id.
 *
 * @param source who reported it, such as {@code genesys} or {@code agent-api}
 */
public record AgentStateChanged(UUID eventId, Instant occurredAt, String agentId, AgentState state, String source)
		implements AgentEvent {
}
