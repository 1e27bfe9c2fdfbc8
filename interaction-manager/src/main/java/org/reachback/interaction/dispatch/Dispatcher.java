package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.reachback.interaction.decision.Decision;
import org.reachback.interaction.decision.Decisions;
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
 * never loses its agent to one that became due after it. A callback whose queue has inbound
 * customers waiting and callbacks at their share of its agents is held back in place
 * ({@link InboundPriority}); the hold and every agent chosen are recorded with their reasons. Each
 * reservation locks the agent's row and re-checks that they are still available and free; the
 * unique index on active offers per agent is the last line of defence. Runs are serialised with an
 * advisory lock.
 */
@Service
public class Dispatcher {

	private static final int BATCH = 500;

	private final QueuedCallbackRepository callbacks;

	private final OfferRepository offers;

	private final FreeAgentRepository freeAgents;

	private final QueueLoadRepository loads;

	private final AgentRepository agents;

	private final QueueProperties queues;

	private final Decisions decisions;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final ObservationRegistry observations;

	private final InboundPriority inboundPriority;

	private final Clock clock;

	Dispatcher(QueuedCallbackRepository callbacks, OfferRepository offers, FreeAgentRepository freeAgents,
			QueueLoadRepository loads, AgentRepository agents, QueueProperties queues, Decisions decisions,
			Outbox outbox, JdbcClient jdbc, ObservationRegistry observations, Clock clock) {
		this.callbacks = callbacks;
		this.offers = offers;
		this.freeAgents = freeAgents;
		this.loads = loads;
		this.agents = agents;
		this.queues = queues;
		this.decisions = decisions;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.observations = observations;
		this.inboundPriority = new InboundPriority(clock);
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
		Map<String, InboundPriority.Load> load = new HashMap<>();
		Instant now = clock.instant();
		int reserved = 0;
		for (QueuedCallback callback : waiting) {
			if (free.isEmpty()) {
				break;
			}
			AgentSelector.Wanted wanted = wanted(callback);
			Optional<AgentSelector.Choice> choice = AgentSelector.select(wanted, free.values(), now);
			if (choice.isEmpty()) {
				continue;
			}
			InboundPriority.Load queueLoad = load.computeIfAbsent(callback.queue(), this::loadOf);
			Optional<String> holdBack = inboundPriority.holdBack(queueLoad, callback.enqueuedAt());
			if (holdBack.isPresent()) {
				holdBack(callback, holdBack.get(), now);
			}
			else if (reserve(callback, choice.get(), wanted, now)) {
				free.remove(choice.get().agent().id());
				load.put(callback.queue(), queueLoad.occupiedByOneMore());
				reserved++;
			}
		}
		return reserved;
	}

	private InboundPriority.Load loadOf(String queue) {
		InboundPriority.Load load = loads.of(queue, queues.settings(queue).maxCallbackShare());
		if (load.inboundWaiting() == 0) {
			callbacks.endHolds(queue);
		}
		return load;
	}

	private void holdBack(QueuedCallback callback, String reason, Instant now) {
		if (callbacks.holdBack(callback.callbackId(), now, reason)) {
			decisions.record(new Decision(now, Decision.Kind.HELD_BACK, callback.callbackId(), callback.queue(), null,
					"Held back: " + reason));
		}
	}

	private AgentSelector.Wanted wanted(QueuedCallback callback) {
		String preferred = callback.preferredAgent();
		boolean known = preferred != null && agents.find(preferred).isPresent();
		Duration wait = known ? queues.settings(callback.queue()).preferredAgentWait() : Duration.ZERO;
		return new AgentSelector.Wanted(callback.queue(), preferred, known,
				offers.refusedBy(callback.callbackId(), callback.enqueuedAt()), callback.enqueuedAt(), wait);
	}

	private boolean reserve(QueuedCallback callback, AgentSelector.Choice choice, AgentSelector.Wanted wanted,
			Instant now) {
		String agentId = choice.agent().id();
		Optional<Agent> agent = agents.lock(agentId);
		if (agent.isEmpty() || agent.get().state() != AgentState.AVAILABLE || offers.activeForAgent(agentId).isPresent()
				|| !callbacks.move(callback.callbackId(), QueuedCallback.Status.WAITING, QueuedCallback.Status.OFFERED,
						now)) {
			return false;
		}
		String reason = SelectionReason.of(choice, wanted,
				callback.context().customer() == null ? null : callback.context().customer().name(),
				wanted.preferredAgent() == null ? null
						: agents.find(wanted.preferredAgent()).map(Agent::name).orElse(wanted.preferredAgent()));
		QueueSettings settings = queues.settings(callback.queue());
		UUID offerId = UUID.randomUUID();
		callbacks.endHold(callback.callbackId());
		offers.open(offerId, callback.callbackId(), agentId, now, now.plus(settings.offerTimeout()), reason);
		decisions.record(new Decision(now, Decision.Kind.AGENT_CHOSEN, callback.callbackId(), callback.queue(), agentId,
				reason));
		outbox.publish(Topics.ASSIGNMENT, new AgentReserved(UUID.randomUUID(), now, callback.callbackId(), offerId,
				agentId, agent.get().name()));
		return true;
	}

}
