package org.reachback.events.dial;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of an external dialler's call for an attempt. {@code RINGING} may come several times and
 * changes nothing but the session's call state; {@code CONNECTED} connects the session; every other
 * status is final and ends it.
 *
 * @param sessionId the {@link DialRequested#sessionId()} it answers
 * @param reason the dialler's words, for the history; optional
 * @param durationMillis for {@code COMPLETED}, how long the two talked; optional
 */
public record DialProgressed(UUID eventId, Instant occurredAt, UUID sessionId, Status status, String reason,
		Long durationMillis) implements DialProgressEvent {

	public enum Status {
		/** One of the phones is ringing. */
		RINGING,
		/** Agent and customer are talking. */
		CONNECTED,
		/** The customer's line was busy. */
		BUSY,
		/** The customer did not answer. */
		NO_ANSWER,
		/** The customer refused the call. */
		DECLINED,
		/** The customer's number cannot be reached; never retried. */
		INVALID_NUMBER,
		/** The agent's phone did not take the call: the callback goes to the next agent. */
		AGENT_MISSED,
		/** The call could not be placed. */
		FAILED,
		/** The call ended after agent and customer talked. */
		COMPLETED;

		/** @return whether this status ends the attempt */
		public boolean isFinal() {
			return this != RINGING && this != CONNECTED;
		}
	}

}
