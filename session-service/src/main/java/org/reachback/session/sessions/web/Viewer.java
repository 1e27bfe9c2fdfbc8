package org.reachback.session.sessions.web;

import org.reachback.platform.security.SecurityConfiguration;
import org.reachback.session.sessions.NotYourSessionException;
import org.reachback.session.sessions.Session;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is calling the API: an agent (user name = agent id) sees only their own sessions, an
 * administrator sees everyone's.
 */
record Viewer(String name, boolean admin) {

	static Viewer of(Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + SecurityConfiguration.ADMIN).equals(authority.getAuthority()));
		return new Viewer(authentication.getName(), admin);
	}

	/** @throws NotYourSessionException unless the viewer is the session's agent or an administrator */
	Session checkCanRead(Session session) {
		if (!admin && !session.isOwnedBy(name)) {
			throw new NotYourSessionException(session.id(), name);
		}
		return session;
	}

	void checkCanReadSessionsOf(String agentId) {
		if (!admin && !name.equals(agentId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "An agent sees only their own sessions");
		}
	}

}
