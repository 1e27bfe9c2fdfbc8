package org.reachback.interaction.agent.messaging;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.interaction.agent.AgentStates;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Agent state from the agent API and from contact-centre platforms. */
@Component
@KafkaListener(topics = Topics.AGENT)
class AgentStateListener {

	private final AgentStates states;

	AgentStateListener(AgentStates states) {
		this.states = states;
	}

	@KafkaHandler
	void on(AgentStateChanged event) {
		states.apply(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
