package org.reachback.session.sessions;

import java.util.UUID;

/** No session has this id. */
public class SessionNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SessionNotFoundException(UUID sessionId) {
		super("No session " + sessionId);
	}

}
