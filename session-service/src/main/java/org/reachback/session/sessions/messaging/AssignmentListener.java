package org.reachback.session.sessions.messaging;

import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.session.sessions.SessionService;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An accepted offer is a callback to perform now: it opens a session. */
@Component
@KafkaListener(topics = Topics.ASSIGNMENT)
class AssignmentListener {

	private final SessionService sessions;

	AssignmentListener(SessionService sessions) {
		this.sessions = sessions;
	}

	@KafkaHandler
	void on(AgentAssigned assignment) {
		sessions.start(assignment);
	}

	/** Reservations and released offers concern interaction-manager and callback-service only. */
	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
