package org.reachback.interaction.agent.messaging;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.interaction.agent.AgentRosters;
import org.reachback.interaction.agent.AgentStates;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Agent state from the agent API and platforms; rosters from the admin API and WFM systems. */
@Component
@KafkaListener(topics = Topics.AGENT)
class AgentListener {

	private final AgentStates states;

	private final AgentRosters rosters;

	AgentListener(AgentStates states, AgentRosters rosters) {
		this.states = states;
		this.rosters = rosters;
	}

	@KafkaHandler
	void on(AgentStateChanged event) {
		states.apply(event);
	}

	@KafkaHandler
	void on(AgentShiftsChanged event) {
		rosters.apply(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
