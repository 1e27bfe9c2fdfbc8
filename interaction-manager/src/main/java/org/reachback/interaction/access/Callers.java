package org.reachback.interaction.access;

import org.reachback.platform.security.SecurityConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** Checks on who is calling. An agent's user name is their agent id. */
public final class Callers {

	private Callers() {
	}

	/** @throws ResponseStatusException 403 unless the caller is this agent, a supervisor or an administrator */
	public static void requireSelfOrOverseer(Authentication caller, String agentId) {
		if (!caller.getName().equals(agentId) && !SecurityConfiguration.overseesAgents(caller)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					caller.getName() + " may not act for agent " + agentId);
		}
	}

}
