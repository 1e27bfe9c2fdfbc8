package org.reachback.session.sessions.messaging;

import org.reachback.events.Topics;
import org.reachback.events.dial.DialProgressed;
import org.reachback.session.sessions.CallProgress;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A contact centre's own dialler reports how the calls it was asked to place are going. */
@Component
@KafkaListener(topics = Topics.DIAL_PROGRESS)
class DialProgressListener {

	private final CallProgress calls;

	DialProgressListener(CallProgress calls) {
		this.calls = calls;
	}

	@KafkaHandler
	void on(DialProgressed progress) {
		calls.on(progress);
	}

}
