package org.reachback.interaction.agent;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.interaction.queue.QueuesChanged;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agent state changes. Every change is an {@link AgentStateChanged} on the agent topic, applied by
 * {@link #apply}: from the agent API and platforms via Kafka; from this service's own decisions
 * (accepted offer, timed-out offer, finished session) applied at once with {@link #change} and
 * published too, so the change and the decision commit together and the echo from Kafka is a no-op.
 */
@Service
public class AgentStates {

	static final String CONSUMER = "agent-state";

	/** The source this service reports its own decisions under. */
	public static final String SOURCE = "interaction-manager";

	private static final Logger log = LoggerFactory.getLogger(AgentStates.class);

	private final AgentRepository agents;

	private final Inbox inbox;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgentStates(AgentRepository agents, Inbox inbox, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.agents = agents;
		this.inbox = inbox;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An agent asks to change their state; it takes effect when the event comes back from Kafka.
	 * @throws UnknownAgentException if there is no such agent
	 */
	@Transactional
	public AgentStateChanged request(String agentId, AgentState state) {
		agents.find(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
		AgentStateChanged change = new AgentStateChanged(UUID.randomUUID(), clock.instant(), agentId, state,
				"agent-api");
		outbox.publish(Topics.AGENT, change);
		return change;
	}

	/** Applies a reported change once; an agent a platform mentions for the first time is created without skills. */
	@Transactional
	public void apply(AgentStateChanged change) {
		if (inbox.firstDelivery(CONSUMER, change)) {
			applyOnce(change);
		}
	}

	/** Changes an agent's state now, as part of the caller's decision, and tells everyone. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void change(String agentId, AgentState state) {
		AgentStateChanged change = new AgentStateChanged(UUID.randomUUID(), clock.instant(), agentId, state, SOURCE);
		inbox.firstDelivery(CONSUMER, change);
		outbox.publish(Topics.AGENT, change);
		applyOnce(change);
	}

	private void applyOnce(AgentStateChanged change) {
		Agent agent = agents.lock(change.agentId()).orElseGet(() -> firstSeen(change));
		if (agent.stateChangedAt() != null && change.occurredAt().isBefore(agent.stateChangedAt())) {
			log.info("Ignoring {} for agent {} from {}: older than the change applied at {}", change.state(),
					agent.id(), change.source(), agent.stateChangedAt());
			return;
		}
		agents.changeState(agent.id(), change.state(), change.source(), change.occurredAt(),
				availableSince(agent, change));
		events.publishEvent(new AgentStateApplied(agent.id(), agent.state(), change.state()));
		events.publishEvent(QueuesChanged.work("agent " + agent.id() + " " + change.state()));
	}

	private Agent firstSeen(AgentStateChanged change) {
		log.warn("Agent {} reported by {} is not in the roster; created without skills", change.agentId(),
				change.source());
		agents.createUnrostered(change.agentId());
		return agents.lock(change.agentId()).orElseThrow();
	}

	/** Idle time keeps counting while an available agent is reported available again. */
	private static Instant availableSince(Agent agent, AgentStateChanged change) {
		if (change.state() != AgentState.AVAILABLE) {
			return null;
		}
		return agent.state() == AgentState.AVAILABLE && agent.availableSince() != null ? agent.availableSince()
				: change.occurredAt();
	}

}
