package org.reachback.callback.tracking.messaging;

import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Session start, end and failure from session-service; agent messages are not this service's business. */
@Component
@KafkaListener(topics = Topics.SESSION)
class SessionListener {

	private final TrackingService tracking;

	SessionListener(TrackingService tracking) {
		this.tracking = tracking;
	}

	@KafkaHandler
	void on(SessionConnected event) {
		tracking.on(event);
	}

	@KafkaHandler
	void on(SessionCompleted event) {
		tracking.on(event);
	}

	@KafkaHandler
	void on(SessionFailed event) {
		tracking.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
