package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.queue.QueueProperties;
import org.reachback.interaction.queue.QueueSettings;
import org.reachback.platform.messaging.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;


/**
 * Gives waiting callbacks to free agents, oldest callback first across all queues, so a callback
 * never loses its agent to one that became due after it. Each reservation locks the agent's row and
 * re-checks that they are still available and free; the unique index on active offers per agent is
 * the last line of defence. Runs are serialised with an advisory lock.
 */
@Service
public class Dispatcher {

	private static final int BATCH = 500;

	private final QueuedCallbackRepository callbacks;

	private final OfferRepository offers;

	private final FreeAgentRepository freeAgents;

	private final AgentRepository agents;

	private final QueueProperties queues;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final ObservationRegistry observations;

	private final Clock clock;

	Dispatcher(QueuedCallbackRepository callbacks, OfferRepository offers, FreeAgentRepository freeAgents,
			AgentRepository agents, QueueProperties queues, Outbox outbox, JdbcClient jdbc,
			ObservationRegistry observations, Clock clock) {
		this.callbacks = callbacks;
		this.offers = offers;
		this.freeAgents = freeAgents;
		this.agents = agents;
		this.queues = queues;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.observations = observations;
		this.clock = clock;
	}

	/** @return how many callbacks were offered to an agent */
	@Transactional
	public int dispatch() {
		Integer reserved = Observation.createNotStarted("reachback.dispatch", observations).observe(this::dispatchNow);
		return reserved == null ? 0 : reserved;
	}

	private int dispatchNow() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('interaction.dispatch'))").query().listOfRows();
		List<QueuedCallback> waiting = callbacks.waiting(BATCH);
		if (waiting.isEmpty()) {
			return 0;
		}
		Map<String, AgentSelector.Candidate> free = new LinkedHashMap<>();
		freeAgents.all().forEach(agent -> free.put(agent.id(), agent));
		Instant now = clock.instant();
		int reserved = 0;
		for (QueuedCallback callback : waiting) {
			if (free.isEmpty()) {
				break;
			}
			Optional<AgentSelector.Candidate> agent = AgentSelector.select(wanted(callback), free.values(), now);
			if (agent.isPresent() && reserve(callback, agent.get().id(), now)) {
				free.remove(agent.get().id());
				reserved++;
			}
		}
		return reserved;
	}

	private AgentSelector.Wanted wanted(QueuedCallback callback) {
		String preferred = callback.preferredAgent();
		Duration wait = preferred != null && agents.find(preferred).isPresent()
				? queues.settings(callback.queue()).preferredAgentWait() : Duration.ZERO;
		return new AgentSelector.Wanted(callback.queue(), preferred,
				offers.refusedBy(callback.callbackId(), callback.enqueuedAt()), callback.enqueuedAt(), wait);
	}

	private boolean reserve(QueuedCallback callback, String agentId, Instant now) {
		Optional<Agent> agent = agents.lock(agentId);
		if (agent.isEmpty() || agent.get().state() != AgentState.AVAILABLE || offers.activeForAgent(agentId).isPresent()
				|| !callbacks.move(callback.callbackId(), QueuedCallback.Status.WAITING, QueuedCallback.Status.OFFERED,
						now)) {
			return false;
		}
		QueueSettings settings = queues.settings(callback.queue());
		UUID offerId = UUID.randomUUID();
		offers.open(offerId, callback.callbackId(), agentId, now, now.plus(settings.offerTimeout()));
		outbox.publish(Topics.ASSIGNMENT, new AgentReserved(UUID.randomUUID(), now, callback.callbackId(), offerId,
				agentId, agent.get().name()));
		return true;
	}

}
