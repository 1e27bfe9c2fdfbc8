package org.reachback.events.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * interaction-manager booked a callback into a slot against its capacity (or moved its booking
 * there, for a reschedule); only now may the customer be told "booked".
 *
 * @param agentId the agent whose own rostered time it was booked against, when one was asked for
 * @param reason why this slot and this agent, in words, for the admin and the agent
 */
public record SlotBooked(UUID eventId, Instant occurredAt, UUID callbackId, String queue, Instant slotStart,
		Instant slotEnd, String agentId, String reason) implements AssignmentEvent {
}
