package org.reachback.interaction.agent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
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
 * Agents' rosters. Every change is an {@link AgentShiftsChanged} on the agent topic, applied by
 * {@link #apply}, whether a WFM system or the admin API ({@link #request}) planned it; it replaces
 * the agent's roster whole, unless it is older than the plan applied. Configuration seeds rosters at
 * start-up ({@link #configure}) as the oldest plan, so any plan from the API or a WFM system wins.
 */
@Service
public class AgentRosters {

	static final String CONSUMER = "agent-shifts";

	/** The source of plans made through {@code PUT /api/v1/agents/{agentId}/shifts}. */
	public static final String ADMIN_SOURCE = "admin-api";

	static final String CONFIGURATION_SOURCE = "configuration";

	private static final Logger log = LoggerFactory.getLogger(AgentRosters.class);

	private final AgentRepository agents;

	private final ShiftRepository shifts;

	private final Inbox inbox;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgentRosters(AgentRepository agents, ShiftRepository shifts, Inbox inbox, Outbox outbox,
			ApplicationEventPublisher events, Clock clock) {
		this.agents = agents;
		this.shifts = shifts;
		this.inbox = inbox;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An administrator plans an agent's roster; it takes effect when the event comes back from Kafka.
	 * @throws UnknownAgentException if there is no such agent
	 * @throws InvalidShiftsException if the plan cannot be applied
	 */
	@Transactional
	public AgentShiftsChanged request(String agentId, String timeZone, List<Shift> weekly,
			List<ShiftException> exceptions) {
		agents.find(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
		AgentShiftsChanged plan = new AgentShiftsChanged(UUID.randomUUID(), clock.instant(), agentId, timeZone, weekly,
				exceptions, ADMIN_SOURCE);
		AgentShifts.of(plan);
		outbox.publish(Topics.AGENT, plan);
		return plan;
	}

	/**
	 * Applies a planned roster once; an agent named for the first time is created without skills.
	 * @throws InvalidShiftsException if the plan cannot be applied (it is dead-lettered, not retried)
	 */
	@Transactional
	public void apply(AgentShiftsChanged plan) {
		AgentShifts planned = AgentShifts.of(plan);
		if (inbox.firstDelivery(CONSUMER, plan)) {
			Agent agent = agents.lock(planned.agentId()).orElseGet(() -> firstSeen(planned));
			Optional<AgentShifts> applied = shifts.find(agent.id());
			if (applied.isPresent() && planned.plannedAt().isBefore(applied.get().plannedAt())) {
				log.info("Ignoring the roster of agent {} from {} planned at {}: older than the one applied, planned at {}",
						agent.id(), planned.source(), planned.plannedAt(), applied.get().plannedAt());
				return;
			}
			replace(planned);
		}
	}

	/** Seeds a configured roster unless the API or a WFM system planned the agent's since. */
	@Transactional(propagation = Propagation.MANDATORY)
	void configure(AgentShifts configured) {
		agents.lock(configured.agentId()).orElseThrow(() -> new UnknownAgentException(configured.agentId()));
		Optional<AgentShifts> applied = shifts.find(configured.agentId());
		if (applied.isPresent() && !CONFIGURATION_SOURCE.equals(applied.get().source())) {
			log.info("Keeping the roster of agent {} planned by {} at {} over the configured one",
					configured.agentId(), applied.get().source(), applied.get().plannedAt());
			return;
		}
		replace(configured);
	}

	/** Forgets configured rosters no longer configured; planned ones stay. */
	@Transactional(propagation = Propagation.MANDATORY)
	void forgetUnconfigured(List<String> configuredAgentIds) {
		shifts.findAll()
			.stream()
			.filter(roster -> CONFIGURATION_SOURCE.equals(roster.source()))
			.filter(roster -> !configuredAgentIds.contains(roster.agentId()))
			.forEach(roster -> {
				shifts.delete(roster.agentId());
				events.publishEvent(QueuesChanged.supply("roster of agent " + roster.agentId() + " no longer configured"));
			});
	}

	static AgentShifts configured(String agentId, String timeZone, List<Shift> weekly, List<ShiftException> exceptions) {
		return AgentShifts.of(new AgentShiftsChanged(UUID.randomUUID(), Instant.EPOCH, agentId, timeZone, weekly,
				exceptions, CONFIGURATION_SOURCE));
	}

	private void replace(AgentShifts planned) {
		shifts.replace(planned);
		events.publishEvent(QueuesChanged.supply("roster of agent " + planned.agentId() + " from " + planned.source()));
	}

	private Agent firstSeen(AgentShifts planned) {
		log.warn("Agent {} planned by {} is not configured; created without skills", planned.agentId(),
				planned.source());
		agents.createUnrostered(planned.agentId());
		return agents.lock(planned.agentId()).orElseThrow();
	}

}
