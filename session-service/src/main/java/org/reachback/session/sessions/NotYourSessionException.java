package org.reachback.session.sessions;

import java.util.UUID;

/** An agent tried to act on, or read, a session that belongs to another agent. */
public class NotYourSessionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotYourSessionException(UUID sessionId, String agentId) {
		super("Session " + sessionId + " is not " + agentId + "'s");
	}

}
