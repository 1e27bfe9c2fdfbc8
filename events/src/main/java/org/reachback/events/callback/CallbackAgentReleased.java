package org.reachback.events.callback;

import java.time.Instant;
import java.util.UUID;

/**
 * The agent reserved for the callback let its offer go (declined, timed out, went offline): it is
 * due again and waits for the next agent. interaction-manager keeps it queued meanwhile, so this
 * is news for the customer's view, not a new due callback.
 *
 * @param reason why the offer was released ({@code DECLINED}, {@code TIMED_OUT}...)
 */
public record CallbackAgentReleased(UUID eventId, Instant occurredAt, UUID callbackId, UUID chatId, String reason)
		implements CallbackEvent {
}
