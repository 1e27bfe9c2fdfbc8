package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Customer;
import org.reachback.events.IntentMatch;
import org.reachback.events.privacy.PersonalData;

/** A customer opened a chat with a first message; the intent of that message chose the bot. */
public record ChatStarted(UUID eventId, Instant occurredAt, UUID chatId, String brand, String bot,
		Customer customer, UUID messageId, String text, IntentMatch intent) implements ChatEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
