package org.reachback.interaction.access;

import org.reachback.platform.security.SecurityConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** Checks on who is calling. An agent's user name is their agent id. */
public final class Callers {

	private static final String ADMIN_AUTHORITY = "ROLE_" + SecurityConfiguration.ADMIN;

	private Callers() {
	}

	public static boolean isAdmin(Authentication caller) {
		return caller.getAuthorities().stream().anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
	}

	/** @throws ResponseStatusException 403 unless the caller is this agent or an administrator */
	public static void requireSelfOrAdmin(Authentication caller, String agentId) {
		if (!caller.getName().equals(agentId) && !isAdmin(caller)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					caller.getName() + " may not act for agent " + agentId);
		}
	}

}
