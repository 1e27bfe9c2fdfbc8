package org.reachback.events.bot;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.privacy.PersonalData;

/** The bot answered a customer message. */
public record BotReplied(UUID eventId, Instant occurredAt, UUID chatId, String bot, UUID inReplyTo, String text)
		implements BotEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
