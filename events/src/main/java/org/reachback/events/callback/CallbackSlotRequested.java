package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/**
 * A valid callback asks interaction-manager for a slot: the customer chose one, or moved their
 * callback to another. It stays as it was until the slot is booked ({@code SlotBooked}) or refused
 * ({@code SlotRefused}); a reschedule keeps its old booking meanwhile.
 *
 * @param preferredAgent the agent the customer asked for, whose own rostered time it books, or null
 * @param reschedule whether the callback is booked already and moves
 */
public record CallbackSlotRequested(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String brand,
		String queue, Instant slot, String preferredAgent, boolean reschedule) implements CallbackEvent {
}
