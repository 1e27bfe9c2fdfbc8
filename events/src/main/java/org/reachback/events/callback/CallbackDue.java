package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.privacy.PersonalData;

/** A callback's time has come: an agent should be found for it now. */
public record CallbackDue(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, int attempt,
		String preferredAgent, CallbackContext context) implements CallbackEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
