package org.reachback.callback.tracking.messaging;

import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Cancellations the customer asks for in their chat; the rest of the chat is for the bots. */
@Component
@KafkaListener(topics = Topics.CHAT)
class ChatListener {

	private final TrackingService tracking;

	ChatListener(TrackingService tracking) {
		this.tracking = tracking;
	}

	@KafkaHandler
	void on(CallbackCancellationRequested event) {
		tracking.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
