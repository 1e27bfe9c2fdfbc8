package org.reachback.session.sessions;

import java.util.UUID;

/** The command needs a connected session, and this one has ended or never connected. */
public class SessionClosedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SessionClosedException(UUID sessionId, SessionStatus status) {
		super("Session " + sessionId + " is " + status + " and takes no more commands");
	}

}
