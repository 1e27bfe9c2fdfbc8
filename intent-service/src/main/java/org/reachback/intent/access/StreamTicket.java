package org.reachback.intent.access;

import java.time.Instant;

/**
 * A credential for a browser's {@code EventSource}, which cannot send the chat token in a header:
 * it opens the event stream of one chat ({@code GET …/events?ticket=}) until it expires, and nothing else.
 */
public record StreamTicket(String value, Instant expiresAt) {

	@Override
	public String toString() {
		return "StreamTicket[hidden, expiresAt=" + expiresAt + "]";
	}

}
