package org.reachback.interaction.privacy.messaging;

import org.reachback.events.Topics;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.interaction.privacy.ErasureService;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Erasures intent-service asks for; the topic carries nothing else. */
@Component
@KafkaListener(topics = Topics.ERASURE)
class ErasureListener {

	private final ErasureService erasure;

	ErasureListener(ErasureService erasure) {
		this.erasure = erasure;
	}

	@KafkaHandler
	void on(PersonalDataErasureRequested request) {
		erasure.erase(request);
	}

}
