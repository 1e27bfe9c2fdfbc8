package org.reachback.intent.chat.messaging;

import org.reachback.events.Topics;
import org.reachback.events.session.AgentMessaged;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.intent.chat.AgentPresence;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Agents joining, writing in and leaving customers' chats. */
@Component
@KafkaListener(topics = Topics.SESSION)
class SessionListener {

	private final AgentPresence presence;

	SessionListener(AgentPresence presence) {
		this.presence = presence;
	}

	@KafkaHandler
	void on(SessionConnected event) {
		presence.joined(event);
	}

	@KafkaHandler
	void on(AgentMessaged event) {
		presence.messaged(event);
	}

	@KafkaHandler
	void on(SessionCompleted event) {
		presence.left(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// other session events do not show in the chat
	}

}
