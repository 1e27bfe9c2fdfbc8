package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;

/**
 * The session could not take place (the channel is not available, the chat is gone, the call could
 * not be placed, nobody answered); the agent is free again and the callback's retry policy decides,
 * by the outcome, whether to try again.
 *
 * @param outcome how the attempt ended (never {@code COMPLETED}); agents may record it themselves
 */
public record SessionFailed(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId, String reason, AttemptOutcome outcome) implements SessionEvent {

	/** How the attempt ended; {@code FAILED} when a producer older than the outcome did not say. */
	public AttemptOutcome outcomeOrFailed() {
		return outcome == null ? AttemptOutcome.FAILED : outcome;
	}

}
