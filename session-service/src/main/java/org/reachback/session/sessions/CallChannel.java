package org.reachback.session.sessions;

import java.time.Instant;

import org.reachback.events.CallbackContext;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.session.sessions.SessionSettings.QueueCalls;
import org.springframework.stereotype.Component;

/**
 * A voice callback: the session is recorded {@link SessionStatus#CONNECTING} with its call queued,
 * and the call is placed once that has committed: by this service's SIP user agent, or by the
 * contact centre's own dialler for a queue configured so ({@code EXTERNAL}). The agent's lines still
 * reach the customer's chat, where there is one.
 */
@Component
class CallChannel implements SessionChannel {

	static final String NO_NUMBER = "no phone number to call";

	static final String NO_AGENT_PHONE = "the agent has no phone in the roster";

	private final SessionSettings settings;

	private final ChatChannel chat;

	CallChannel(SessionSettings settings, ChatChannel chat) {
		this.settings = settings;
		this.chat = chat;
	}

	@Override
	public Channel type() {
		return Channel.VOICE;
	}

	@Override
	public Session connect(AgentAssigned assignment, Instant at) {
		CallbackContext context = assignment.context();
		String number = context == null ? null : context.phone();
		if (number == null || number.isBlank()) {
			return Session.failed(assignment, NO_NUMBER, at);
		}
		QueueCalls calls = settings.voice().forQueue(context.queue());
		boolean external = calls.dialler() == QueueCalls.Dialler.EXTERNAL;
		if (!external && (assignment.agentPhone() == null || assignment.agentPhone().isBlank())) {
			return Session.failed(assignment, NO_AGENT_PHONE, at);
		}
		return Session.dialling(assignment, external ? Channel.EXTERNAL : Channel.VOICE,
				Call.queued(calls.order(), assignment.agentPhone(), number), at);
	}

	@Override
	public void deliver(Session session, SessionLine line) {
		chat.deliver(session, line);
	}

}
