package org.reachback.intent.callback;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Media;

/**
 * One callback as this service projects it.
 *
 * @param phone E.164 once booked; the number the customer gave before that; {@code null} for a
 * callback in the chat without one
 * @param media how the customer chose to be called back; {@code null} for a callback not asked for
 * through this service, see {@link #mediaOrDefault()}
 * @param dueAt when it is booked for (for as soon as possible: from when an agent may call)
 * @param problem why it was rejected, failed or expired
 * @param requestedSlot a move the customer asked for that is neither booked nor refused yet; the
 * callback keeps {@code dueAt} until then
 */
public record CallbackView(UUID callbackId, UUID chatId, CallbackStatus status, String phone, Media media, String queue,
		Instant dueAt, Boolean asSoonAsPossible, String preferredAgent, String agentName, String problem,
		Instant cancellationRequestedAt, Instant requestedSlot, Instant updatedAt) {

	/** The medium chosen, else voice when there is a number to call, else chat. */
	public Media mediaOrDefault() {
		return Media.orDefault(media, phone);
	}

}
