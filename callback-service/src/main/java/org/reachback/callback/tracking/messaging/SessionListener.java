package org.reachback.callback.tracking.messaging;

import org.reachback.callback.retry.RetryService;
import org.reachback.callback.tracking.TrackingService;
import org.reachback.events.Topics;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Session start, end and failure from session-service (a failure goes to the retry policy); agent
 * messages are not this service's business.
 */
@Component
@KafkaListener(topics = Topics.SESSION)
class SessionListener {

	private final TrackingService tracking;

	private final RetryService retries;

	SessionListener(TrackingService tracking, RetryService retries) {
		this.tracking = tracking;
		this.retries = retries;
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
		retries.on(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
