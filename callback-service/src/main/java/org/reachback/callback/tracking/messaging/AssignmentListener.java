package org.reachback.callback.tracking.messaging;

import org.reachback.callback.booking.SlotService;
import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Slot answers, reservations and released offers from interaction-manager. {@code AgentAssigned}
 * changes nothing here: the callback is in progress only once session-service connects it.
 */
@Component
@KafkaListener(topics = Topics.ASSIGNMENT)
class AssignmentListener {

	private final TrackingService tracking;

	private final SlotService slots;

	AssignmentListener(TrackingService tracking, SlotService slots) {
		this.tracking = tracking;
		this.slots = slots;
	}

	@KafkaHandler
	void on(SlotBooked event) {
		slots.on(event);
	}

	@KafkaHandler
	void on(SlotRefused event) {
		slots.on(event);
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
