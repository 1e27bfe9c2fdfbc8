package org.reachback.session.sessions.web;

import org.reachback.platform.security.SecurityConfiguration;
import org.reachback.session.sessions.NotYourSessionException;
import org.reachback.session.sessions.Session;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is calling the API: an agent (user name = agent id) sees only their own sessions, a
 * supervisor or an administrator sees everyone's.
 */
record Viewer(String name, boolean overseer) {

	static Viewer of(Authentication authentication) {
		return new Viewer(authentication.getName(), SecurityConfiguration.overseesAgents(authentication));
	}

	/** @throws NotYourSessionException unless the viewer is the session's agent, a supervisor or an administrator */
	Session checkCanRead(Session session) {
		if (!overseer && !session.isOwnedBy(name)) {
			throw new NotYourSessionException(session.id(), name);
		}
		return session;
	}

	void checkCanReadSessionsOf(String agentId) {
		if (!overseer && !name.equals(agentId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "An agent sees only their own sessions");
		}
	}

}
