package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/**
 * A callback request could not be accepted, for the reason given in words.
 *
 * @param code the problem as a stable code for the services that react to it: {@code invalid-phone},
 * {@code phone-required} (a voice callback without a number), {@code number-not-callable},
 * {@code slot-in-past}, {@code slot-full}, {@code outside-hours}, {@code invalid-request}; null from
 * producers older than the code
 */
public record CallbackRejected(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String problem,
		String code) implements CallbackEvent {
}
