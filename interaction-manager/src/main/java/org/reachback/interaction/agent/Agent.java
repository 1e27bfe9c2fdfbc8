package org.reachback.interaction.agent;

import java.time.Instant;
import java.util.List;

import org.reachback.events.agent.AgentState;

/**
 * An agent as this service knows them.
 *
 * @param phone the SIP URI a voice callback rings, from the roster; null when the agent has none
 * @param stateChangedAt when the last applied state change happened (its {@code occurredAt})
 * @param availableSince when the agent last became available, for "longest idle first"; null unless available
 * @param rostered configured in {@code reachback.agents}, rather than first seen in a platform's events
 */
public record Agent(String id, String name, List<String> skills, String phone, AgentState state,
		String stateSource, Instant stateChangedAt, Instant availableSince, boolean rostered) {

	public Agent {
		skills = skills == null ? List.of() : List.copyOf(skills);
	}

	public boolean has(String skill) {
		return skills.contains(skill);
	}

}
