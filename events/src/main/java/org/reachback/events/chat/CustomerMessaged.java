package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.IntentMatch;
import org.reachback.events.privacy.PersonalData;

/**
 * The customer wrote in an open chat.
 *
 * @param addressee the bot, or the agent once one has joined the chat
 */
public record CustomerMessaged(UUID eventId, Instant occurredAt, UUID chatId, String brand, String bot,
		UUID messageId, String text, IntentMatch intent, Addressee addressee) implements ChatEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

	public enum Addressee {
		BOT, AGENT
	}

}
