package org.reachback.session.sessions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.reachback.session.sessions.SessionQueries;
import org.reachback.session.sessions.web.SessionViews.SessionSummary;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An agent's own list of sessions, for the console's session panel. */
@RestController
@Tag(name = "Sessions")
class AgentSessionsController {

	private final SessionQueries sessions;

	AgentSessionsController(SessionQueries sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/agents/{agentId}/sessions")
	@Operation(summary = "The agent's sessions, connected ones first, then newest first",
			description = "An agent may list only their own sessions (403 otherwise); supervisors and administrators anyone's.")
	List<SessionSummary> sessions(@PathVariable String agentId, Authentication caller) {
		Viewer.of(caller).checkCanReadSessionsOf(agentId);
		return sessions.ofAgent(agentId).stream().map(SessionSummary::of).toList();
	}

}
