package org.reachback.interaction.agent;

import org.reachback.events.agent.AgentState;

/**
 * Published inside the transaction that applied an agent's state change, so features that depend on
 * the agent's state (an open offer to an agent who just went away) react in the same transaction.
 */
public record AgentStateApplied(String agentId, AgentState previous, AgentState current) {
}
