package org.reachback.interaction.dispatch.web;

import java.time.Instant;
import java.util.List;

import org.reachback.events.agent.AgentState;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.dispatch.OfferView;

/**
 * An agent with what they are doing.
 *
 * @param phone the SIP URI a voice callback rings, from the roster; null when they have none
 * @param rostered configured, rather than first seen in a platform's events (then without skills)
 * @param currentOffer the callback offered to them and waiting for their answer, if any
 * @param currentAssignment the callback they accepted and work on, if any
 */
record AgentView(String id, String name, List<String> skills, String phone, AgentState state,
		String stateSource, Instant stateChangedAt, Instant availableSince, boolean rostered, OfferView currentOffer,
		OfferView currentAssignment) {

	static AgentView of(Agent agent, OfferView offer, OfferView assignment) {
		return new AgentView(agent.id(), agent.name(), agent.skills(), agent.phone(), agent.state(),
				agent.stateSource(), agent.stateChangedAt(), agent.availableSince(), agent.rostered(), offer, assignment);
	}

}
