package org.reachback.events.bot;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer told the bot, in their own words, to cancel their callback or to move it; the bot
 * understood which callback and, for a move, which free slot. intent-service carries it out as it
 * does the same request from the API, so the customer has one voice whatever way they ask.
 *
 * @param inReplyTo the customer message that asked for it
 * @param slot the slot to move to; null to cancel
 */
public record CallbackChangeRequested(UUID eventId, Instant occurredAt, UUID chatId, UUID callbackId, UUID inReplyTo,
		Instant slot) implements BotEvent {

	public boolean cancellation() {
		return slot == null;
	}

}
