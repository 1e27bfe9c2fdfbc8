package org.reachback.interaction.agent;

import org.reachback.interaction.queue.QueuesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the configured agents ({@code reachback.agents}) at start-up: names and skills follow the
 * configuration; the state of agents who already exist is kept, new ones start offline.
 */
@Component
class Roster {

	private static final Logger log = LoggerFactory.getLogger(Roster.class);

	private final AgentRepository agents;

	private final RosterProperties roster;

	private final ApplicationEventPublisher events;

	Roster(AgentRepository agents, RosterProperties roster, ApplicationEventPublisher events) {
		this.agents = agents;
		this.roster = roster;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void on(ApplicationReadyEvent ready) {
		roster.agents().forEach(agent -> agents.upsertRostered(agent.id(), agent.name(), agent.skills()));
		log.info("Agent roster loaded: {}", roster.agents().stream().map(RosterProperties.RosterAgent::id).toList());
		events.publishEvent(new QueuesChanged("roster loaded"));
	}

}
