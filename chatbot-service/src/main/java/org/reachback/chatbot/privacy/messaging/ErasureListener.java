package org.reachback.chatbot.privacy.messaging;

import org.reachback.chatbot.privacy.ErasureService;
import org.reachback.events.Topics;
import org.reachback.events.privacy.PersonalDataErasureRequested;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An administrator, or the retention period, erases a customer's data: the bots forget their chats. */
@Component
@KafkaListener(topics = Topics.ERASURE)
class ErasureListener {

	private final ErasureService erasures;

	ErasureListener(ErasureService erasures) {
		this.erasures = erasures;
	}

	@KafkaHandler
	void on(PersonalDataErasureRequested request) {
		erasures.erase(request);
	}

}
