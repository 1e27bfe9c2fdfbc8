package org.reachback.session.sessions.messaging;

import org.reachback.events.Topics;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.session.sessions.SessionService;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What the customer writes in a chat an agent has joined becomes part of that session. */
@Component
@KafkaListener(topics = Topics.CHAT)
class ChatListener {

	private final SessionService sessions;

	ChatListener(SessionService sessions) {
		this.sessions = sessions;
	}

	/**
	 * Any customer message on a chat with a connected session counts, whatever its addressee: a
	 * message sent just before the customer's chat learnt that the agent joined still reaches the agent.
	 */
	@KafkaHandler
	void on(CustomerMessaged message) {
		sessions.recordCustomerMessage(message);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
