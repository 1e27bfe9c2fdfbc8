package org.reachback.events.bot;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/** Events of a bot conversation, published by chatbot-service on {@code Topics.BOT}, keyed by chat id. */
public sealed interface BotEvent extends DomainEvent
		permits BotReplied, CallbackOffered, CallbackRequested, CallbackChangeRequested {

	UUID chatId();

	@Override
	default String aggregateId() {
		return chatId().toString();
	}

}
