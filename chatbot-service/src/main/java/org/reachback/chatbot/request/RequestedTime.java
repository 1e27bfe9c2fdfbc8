package org.reachback.chatbot.request;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When a customer asked to be called: one moment ("tomorrow at 10"), or a span in which any time
 * suits them ("this afternoon", "on Friday"), in their time zone.
 *
 * @param from the earliest time that suits, never before the moment the message was read
 * @param to the latest time that suits; equal to {@code from} for one moment
 */
public record RequestedTime(ZonedDateTime from, ZonedDateTime to) {

	public RequestedTime {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a requested time ends before it starts: " + from + " .. " + to);
		}
	}

	public static RequestedTime at(ZonedDateTime moment) {
		return new RequestedTime(moment, moment);
	}

	public boolean exact() {
		return from.equals(to);
	}

	/** How far a slot starting at {@code start} is from this request: zero inside it. */
	public Duration distanceTo(Instant start) {
		if (start.isBefore(from.toInstant())) {
			return Duration.between(start, from.toInstant());
		}
		if (start.isAfter(to.toInstant())) {
			return Duration.between(to.toInstant(), start);
		}
		return Duration.ZERO;
	}

}
