package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.IntentMatch;

/**
 * The customer wrote in an open chat.
 *
 * @param addressee the bot, or the agent once one has joined the chat
 */
public record CustomerMessaged(UUID eventId, Instant occurredAt, UUID chatId, String brand, String bot,
		UUID messageId, String text, IntentMatch intent, Addressee addressee) implements ChatEvent {

	public enum Addressee {
		BOT, AGENT
	}

}
