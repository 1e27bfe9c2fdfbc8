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
 * wait, it is kept for the preferred agent alone. The choice says on what basis it was made, so the
 * agent who takes the callback can be told why it is theirs.
 */
final class AgentSelector {

	private static final Comparator<Candidate> LONGEST_IDLE_FIRST = Comparator
		.comparing(Candidate::availableSince, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Candidate::id);

	private AgentSelector() {
	}

	static Optional<Choice> select(Wanted wanted, Collection<Candidate> free, Instant now) {
		List<Candidate> eligible = free.stream().filter(agent -> !wanted.refusedBy().contains(agent.id())).toList();
		String preferred = wanted.preferredAgent();
		Basis widened = Basis.TEAM;
		if (preferred != null) {
			if (!wanted.preferredAgentKnown()) {
				widened = Basis.PREFERRED_UNKNOWN;
			}
			else if (wanted.refusedBy().contains(preferred)) {
				widened = Basis.PREFERRED_REFUSED;
			}
			else {
				Optional<Candidate> preferredAgent = eligible.stream()
					.filter(agent -> agent.id().equals(preferred))
					.findFirst();
				if (preferredAgent.isPresent()) {
					return preferredAgent.map(agent -> new Choice(agent, Basis.PREFERRED));
				}
				if (now.isBefore(wanted.enqueuedAt().plus(wanted.preferredAgentWait()))) {
					return Optional.empty();
				}
				widened = Basis.PREFERRED_NOT_FREE;
			}
		}
		Basis basis = widened;
		return eligible.stream()
			.filter(agent -> agent.skills().contains(wanted.queue()))
			.min(LONGEST_IDLE_FIRST)
			.map(agent -> new Choice(agent, basis));
	}

	/** An available agent without an open offer or assignment. */
	record Candidate(String id, String name, List<String> skills, Instant availableSince) {
	}

	/**
	 * What a callback needs.
	 * @param preferredAgentKnown whether the preferred agent, if any, is an agent this service knows
	 * @param preferredAgentWait zero when there is no preferred agent to wait for
	 */
	record Wanted(String queue, String preferredAgent, boolean preferredAgentKnown, Set<String> refusedBy,
			Instant enqueuedAt, Duration preferredAgentWait) {
	}

	record Choice(Candidate agent, Basis basis) {
	}

	/** Why the chosen agent, rather than another. */
	enum Basis {
		/** The agent the customer asked for. */
		PREFERRED,
		/** The agent asked for was not free within the preferred-agent wait; the team's longest idle agent. */
		PREFERRED_NOT_FREE,
		/** The agent asked for declined the callback or let its offer time out; the team's longest idle agent. */
		PREFERRED_REFUSED,
		/** Nobody of the name asked for works here; the team's longest idle agent. */
		PREFERRED_UNKNOWN,
		/** No agent was asked for; the team's longest idle agent. */
		TEAM
	}

}
