package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.privacy.PersonalData;

/** A valid callback request was booked; it becomes due at {@code dueAt} (now, for as soon as possible). */
public record CallbackScheduled(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String queue,
		String phone, Instant dueAt, boolean asSoonAsPossible, String preferredAgent)
		implements CallbackEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
