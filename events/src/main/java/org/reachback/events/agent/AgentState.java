package org.reachback.events.agent;

/** An agent's state as a contact-centre platform reports it. */
public enum AgentState {
	AVAILABLE, BUSY, AWAY, OFFLINE
}
