package org.reachback.interaction.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets a callback, among the agents who are available and free: the customer's preferred agent,
 * else an agent with the queue's skill who has been idle longest. Agents who declined the callback or
 * let its offer time out are not asked again. While the callback is younger than the preferred-agent
 * wait, it is kept for the preferred agent alone.
 */
final class AgentSelector {

	private static final Comparator<Candidate> LONGEST_IDLE_FIRST = Comparator
		.comparing(Candidate::availableSince, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Candidate::id);

	private AgentSelector() {
	}

	static Optional<Candidate> select(Wanted wanted, Collection<Candidate> free, Instant now) {
		List<Candidate> eligible = free.stream().filter(agent -> !wanted.refusedBy().contains(agent.id())).toList();
		String preferred = wanted.preferredAgent();
		if (preferred != null && !wanted.refusedBy().contains(preferred)) {
			Optional<Candidate> preferredAgent = eligible.stream().filter(agent -> agent.id().equals(preferred)).findFirst();
			if (preferredAgent.isPresent()) {
				return preferredAgent;
			}
			if (now.isBefore(wanted.enqueuedAt().plus(wanted.preferredAgentWait()))) {
				return Optional.empty();
			}
		}
		return eligible.stream().filter(agent -> agent.skills().contains(wanted.queue())).min(LONGEST_IDLE_FIRST);
	}

	/** An available agent without an open offer or assignment. */
	record Candidate(String id, String name, List<String> skills, Instant availableSince) {
	}

	/**
	 * What a callback needs.
	 * @param preferredAgentWait zero when there is no preferred agent to wait for
	 */
	record Wanted(String queue, String preferredAgent, Set<String> refusedBy, Instant enqueuedAt,
			Duration preferredAgentWait) {
	}

}
