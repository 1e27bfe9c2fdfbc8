package org.reachback.intent.privacy.messaging;

import org.reachback.events.Topics;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.intent.privacy.ErasureCoordinator;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The other services' confirmations that they erased what an erasure asked of them. */
@Component
@KafkaListener(topics = Topics.ERASED)
class ErasedListener {

	private final ErasureCoordinator erasures;

	ErasedListener(ErasureCoordinator erasures) {
		this.erasures = erasures;
	}

	@KafkaHandler
	void on(PersonalDataErased event) {
		erasures.confirmed(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// event types newer than this service
	}

}
