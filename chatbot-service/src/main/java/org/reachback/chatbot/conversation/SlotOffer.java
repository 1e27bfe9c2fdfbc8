package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.List;

import org.reachback.chatbot.queue.Agent;
import org.reachback.chatbot.request.RequestedTime;

/**
 * The slots a prompt offers in answer to a request for a time or an agent.
 *
 * @param queue the queue that would serve the callback: the named agent's, if the slots are hers
 * @param time the requested time; {@code null} when only an agent was asked for (then nearest means
 * soonest)
 * @param agent the agent asked for; {@code null} if none
 * @param nearest the free slots nearest to the request, nearest first
 * @param agentsOwn whether the slots are the named agent's own (else the queue's team's, because
 * the agent has no free time)
 */
record SlotOffer(String queue, RequestedTime time, Agent agent, List<Instant> nearest, boolean agentsOwn) {

	SlotOffer {
		nearest = List.copyOf(nearest);
	}

	/** The best match: the nearest free slot. */
	Instant suggested() {
		return nearest.isEmpty() ? null : nearest.get(0);
	}

	/** The prompt's slots, earliest first, as every prompt lists them. */
	List<Instant> slots() {
		return nearest.stream().sorted().toList();
	}

	/** Whether the best match is what was asked for: the requested moment, or a slot in the requested span. */
	boolean matches() {
		return time != null && suggested() != null && time.distanceTo(suggested()).isZero();
	}

	String preferredAgent() {
		return agentsOwn ? agent.id() : null;
	}

	Prompt.Suggestion suggestion() {
		return new Prompt.Suggestion(time == null ? null : time.from().toInstant(),
				time == null ? null : time.to().toInstant(), agent == null ? null : agent.id(), suggested(),
				preferredAgent());
	}

}
