package org.reachback.events.bot;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.privacy.PersonalData;

/**
 * The customer accepted a callback offer. callback-service turns it into a callback.
 *
 * @param slot the chosen start for a scheduled callback, {@code null} for as soon as possible
 * @param preferredAgent the agent the customer asked for, else {@code null}
 */
public record CallbackRequested(UUID eventId, Instant occurredAt, UUID chatId, UUID callbackId, UUID promptId,
		Instant slot, String preferredAgent, CallbackContext context) implements BotEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

	public boolean asSoonAsPossible() {
		return slot == null;
	}

}
