package org.reachback.events.session;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * Progress of a callback session, published by session-service on {@code Topics.SESSION}, keyed by
 * session id.
 */
public sealed interface SessionEvent extends DomainEvent permits SessionConnected, AgentMessaged, SessionCompleted,
		SessionFailed, AgentCallMissed {

	UUID sessionId();

	UUID callbackId();

	UUID chatId();

	@Override
	default String aggregateId() {
		return sessionId().toString();
	}

}
