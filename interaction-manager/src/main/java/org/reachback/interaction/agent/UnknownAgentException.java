package org.reachback.interaction.agent;

/** No agent with this id is known. */
public class UnknownAgentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String agentId;

	public UnknownAgentException(String agentId) {
		super("No agent '" + agentId + "'");
		this.agentId = agentId;
	}

	public String agentId() {
		return agentId;
	}

}
