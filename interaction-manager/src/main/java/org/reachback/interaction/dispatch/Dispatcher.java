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

	/** At most this many waiting callbacks are looked at in one run; the next run goes on. */
	private static final int BATCH = 500;

	/**
	 * Waiting callbacks are read this many at a time, oldest first, and only while free agents
	 * remain: an agent going available usually takes the first one read, and reading the whole
	 * batch, with each one's context, made an agent's dispatch cost about 10 ms of processor time
	 * with a thousand callbacks waiting (the performance harness, docs/performance.md).
	 */
	private static final int PAGE = 20;

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
		Map<String, AgentSelector.Candidate> free = new LinkedHashMap<>();
		freeAgents.all().forEach(agent -> free.put(agent.id(), agent));
		Map<String, InboundPriority.Load> load = new HashMap<>();
		Instant now = clock.instant();
		int reserved = 0;
		QueuedCallback last = null;
		for (int looked = 0; !free.isEmpty() && looked < BATCH; looked += PAGE) {
			List<QueuedCallback> page = last == null ? callbacks.waitingFirst(PAGE) : callbacks.waitingAfter(last, PAGE);
			for (QueuedCallback callback : page) {
				if (free.isEmpty()) {
					break;
				}
				reserved += offer(callback, free, load, now);
			}
			if (page.size() < PAGE) {
				break;
			}
			last = page.get(page.size() - 1);
		}
		return reserved;
	}

	/** Offers the callback to the best of the free agents unless it is held back; how many it reserved. */
	private int offer(QueuedCallback callback, Map<String, AgentSelector.Candidate> free,
			Map<String, InboundPriority.Load> load, Instant now) {
		AgentSelector.Wanted wanted = wanted(callback);
		Optional<AgentSelector.Choice> choice = AgentSelector.select(wanted, free.values(), now);
		if (choice.isEmpty()) {
			return 0;
		}
		InboundPriority.Load queueLoad = load.computeIfAbsent(callback.queue(), this::loadOf);
		Optional<String> holdBack = inboundPriority.holdBack(queueLoad, callback.enqueuedAt());
		if (holdBack.isPresent()) {
			holdBack(callback, holdBack.get(), now);
			return 0;
		}
		if (!reserve(callback, choice.get(), wanted, now)) {
			return 0;
		}
		free.remove(choice.get().agent().id());
		load.put(callback.queue(), queueLoad.occupiedByOneMore());
		return 1;
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
