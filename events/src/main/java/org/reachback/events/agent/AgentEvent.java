package org.reachback.events.agent;

import org.reachback.events.DomainEvent;

/**
 * An agent's state and roster, reported by a contact-centre platform, a workforce-management system
 * or interaction-manager's own API, on {@code Topics.AGENT}, keyed by agent id.
 */
public sealed interface AgentEvent extends DomainEvent permits AgentStateChanged, AgentShiftsChanged {

	String agentId();

	@Override
	default String aggregateId() {
		return agentId();
	}

}
