package org.reachback.session.sessions;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.AgentMessaged;
import org.reachback.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * The agent joins the customer's open chat: connecting is immediate, and the agent's lines reach
 * the customer as {@link AgentMessaged} events that intent-service shows in the chat. A chat is
 * "answered" once the customer writes: until then the session waits for a reply for
 * {@code reachback.sessions.chat.no-answer-after}, and ends with {@code NO_ANSWER} if none comes.
 */
@Component
class ChatChannel implements SessionChannel {

	static final String NO_CHAT = "no chat to join";

	private final Outbox outbox;

	private final SessionSettings settings;

	ChatChannel(Outbox outbox, SessionSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	@Override
	public Channel type() {
		return Channel.CHAT;
	}

	@Override
	public Session connect(AgentAssigned assignment, Instant at) {
		boolean hasChat = assignment.context() != null && assignment.context().chatId() != null;
		return hasChat ? Session.connected(assignment, at).awaitingReplyUntil(at.plus(settings.chat().noAnswerAfter()))
				: Session.failed(assignment, NO_CHAT, at);
	}

	@Override
	public void deliver(Session session, SessionLine line) {
		outbox.publish(Topics.SESSION, new AgentMessaged(UUID.randomUUID(), line.at(), session.id(),
				session.callbackId(), session.chatId(), session.agentId(), session.agentName(), line.messageId(),
				line.text()));
	}

}
