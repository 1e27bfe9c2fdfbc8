package org.reachback.events.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * interaction-manager could not book a callback into the slot asked for; an earlier booking of the
 * callback, if any, stands.
 *
 * @param problem a stable code: {@code slot-full}, {@code outside-hours} or {@code unknown-queue}
 * @param nearestFreeSlots the free slot starts nearest to the one asked for, to offer instead
 * @param reason why, in words, for the admin
 */
public record SlotRefused(UUID eventId, Instant occurredAt, UUID callbackId, String queue, Instant slotStart,
		String problem, List<Instant> nearestFreeSlots, String reason) implements AssignmentEvent {

	public SlotRefused {
		nearestFreeSlots = nearestFreeSlots == null ? List.of() : List.copyOf(nearestFreeSlots);
	}

}
