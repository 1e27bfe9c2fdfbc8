package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;

/**
 * An attempt ended without a conversation and the retry policy allows another: the callback is
 * scheduled again for {@code dueAt}, inside the customer's calling window; the customer is told.
 *
 * @param attempt the attempt that ended
 * @param outcome how it ended
 * @param reason the policy's reasoning in words (interval, attempts left, window)
 */
public record CallbackRetryScheduled(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, int attempt,
		AttemptOutcome outcome, Instant dueAt, String reason) implements CallbackEvent {
}
