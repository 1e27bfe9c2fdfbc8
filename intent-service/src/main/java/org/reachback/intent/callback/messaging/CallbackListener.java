package org.reachback.intent.callback.messaging;

import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.intent.callback.CallbackProjection;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every callback lifecycle event updates the customer's view and shows in their chat. */
@Component
@KafkaListener(topics = Topics.CALLBACK)
class CallbackListener {

	private final CallbackProjection projection;

	CallbackListener(CallbackProjection projection) {
		this.projection = projection;
	}

	@KafkaHandler
	void on(CallbackEvent event) {
		projection.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// event types newer than this service
	}

}
