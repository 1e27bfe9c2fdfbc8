package org.reachback.callback.tracking.messaging;

import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reservations and released offers from interaction-manager. {@code AgentAssigned} changes nothing
 * here: the callback is in progress only once session-service connects it.
 */
@Component
@KafkaListener(topics = Topics.ASSIGNMENT)
class AssignmentListener {

	private final TrackingService tracking;

	AssignmentListener(TrackingService tracking) {
		this.tracking = tracking;
	}

	@KafkaHandler
	void on(AgentReserved event) {
		tracking.on(event);
	}

	@KafkaHandler
	void on(OfferReleased event) {
		tracking.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
