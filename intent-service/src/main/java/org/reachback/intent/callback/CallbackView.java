package org.reachback.intent.callback;

import java.time.Instant;
import java.util.UUID;

/**
 * One callback as this service projects it.
 *
 * @param phone E.164 once booked; the number the customer gave before that
 * @param problem why it was rejected, failed or expired
 */
public record CallbackView(UUID callbackId, UUID chatId, CallbackStatus status, String phone, String queue, Instant dueAt,
		Boolean asSoonAsPossible, String preferredAgent, String agentName, String problem,
		Instant cancellationRequestedAt, Instant updatedAt) {
}
