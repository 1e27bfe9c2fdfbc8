package org.reachback.callback.tracking.messaging;

import org.reachback.callback.booking.RescheduleService;
import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Cancellations and moves the customer asks for in their chat; the rest of the chat is for the bots. */
@Component
@KafkaListener(topics = Topics.CHAT)
class ChatListener {

	private final TrackingService tracking;

	private final RescheduleService rescheduling;

	ChatListener(TrackingService tracking, RescheduleService rescheduling) {
		this.tracking = tracking;
		this.rescheduling = rescheduling;
	}

	@KafkaHandler
	void on(CallbackCancellationRequested event) {
		tracking.on(event);
	}

	@KafkaHandler
	void on(CallbackRescheduleRequested event) {
		rescheduling.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
