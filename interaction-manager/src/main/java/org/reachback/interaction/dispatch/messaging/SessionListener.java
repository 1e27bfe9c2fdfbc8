package org.reachback.interaction.dispatch.messaging;

import org.reachback.events.Topics;
import org.reachback.events.session.AgentCallMissed;
import org.reachback.events.session.SessionCompleted;
import org.reachback.interaction.dispatch.Assignments;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Finished callback sessions free their agents; a call the agent's phone missed goes back to the queue. */
@Component
@KafkaListener(topics = Topics.SESSION)
class SessionListener {

	private final Assignments assignments;

	SessionListener(Assignments assignments) {
		this.assignments = assignments;
	}

	@KafkaHandler
	void on(SessionCompleted completed) {
		assignments.on(completed);
	}

	@KafkaHandler
	void on(AgentCallMissed missed) {
		assignments.on(missed);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
