package org.reachback.interaction.agent;

import java.util.List;

import org.reachback.interaction.queue.QueuesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the configured agents ({@code reachback.agents}) and their rosters ({@code reachback.roster})
 * at start-up: names, skills and phones follow the configuration; the state of agents who already
 * exist is kept, new ones start offline; a configured roster applies unless one was planned since (see
 * {@link AgentRosters}). A roster for an agent who is not configured fails the start.
 */
@Component
class Roster {

	private static final Logger log = LoggerFactory.getLogger(Roster.class);

	private final AgentRepository agents;

	private final RosterProperties roster;

	private final ShiftProperties shifts;

	private final AgentRosters rosters;

	private final ApplicationEventPublisher events;

	Roster(AgentRepository agents, RosterProperties roster, ShiftProperties shifts, AgentRosters rosters,
			ApplicationEventPublisher events) {
		List<String> configured = roster.agents().stream().map(RosterProperties.RosterAgent::id).toList();
		shifts.roster().keySet().stream().filter(agentId -> !configured.contains(agentId)).findFirst().ifPresent(agentId -> {
			throw new IllegalStateException("reachback.roster." + agentId + " plans an agent who is not in "
					+ "reachback.agents (configured: " + configured + ")");
		});
		this.agents = agents;
		this.roster = roster;
		this.shifts = shifts;
		this.rosters = rosters;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void on(ApplicationReadyEvent ready) {
		roster.agents()
			.forEach(agent -> agents.upsertRostered(agent.id(), agent.name(), agent.skills(), agent.phone()));
		shifts.roster().forEach((agentId, configured) -> rosters.configure(configured.toShifts(agentId)));
		rosters.forgetUnconfigured(List.copyOf(shifts.roster().keySet()));
		log.info("Agent roster loaded: {}; shifts configured for {}",
				roster.agents().stream().map(RosterProperties.RosterAgent::id).toList(), shifts.roster().keySet());
		events.publishEvent(QueuesChanged.supply("roster loaded"));
	}

}
