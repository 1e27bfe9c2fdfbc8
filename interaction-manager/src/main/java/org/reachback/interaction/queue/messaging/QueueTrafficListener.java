package org.reachback.interaction.queue.messaging;

import org.reachback.events.Topics;
import org.reachback.events.queue.QueueEvent;
import org.reachback.interaction.queue.QueueTraffic;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Queue traffic a contact-centre platform reports. */
@Component
@KafkaListener(topics = Topics.QUEUE)
class QueueTrafficListener {

	private final QueueTraffic traffic;

	QueueTrafficListener(QueueTraffic traffic) {
		this.traffic = traffic;
	}

	@KafkaHandler
	void on(QueueEvent event) {
		traffic.record(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
