package org.reachback.events.chat;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/** Events of a chat session, published by intent-service on {@code Topics.CHAT}, keyed by chat id. */
public sealed interface ChatEvent extends DomainEvent
		permits ChatStarted, CustomerMessaged, PromptAnswered, CallbackCancellationRequested,
		CallbackRescheduleRequested {

	UUID chatId();

	@Override
	default String aggregateId() {
		return chatId().toString();
	}

}
