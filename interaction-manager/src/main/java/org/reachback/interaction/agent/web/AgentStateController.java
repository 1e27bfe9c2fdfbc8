package org.reachback.interaction.agent.web;

import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.interaction.access.Callers;
import org.reachback.interaction.agent.AgentStates;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/agents/{agentId}")
@Tag(name = "Agents", description = "Agent state and offered callbacks; an agent acts only as themself, supervisors for anyone")
class AgentStateController {

	private final AgentStates states;

	AgentStateController(AgentStates states) {
		this.states = states;
	}

	@PutMapping("/state")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Change the agent's state",
			description = "Publishes AgentStateChanged (source agent-api); the state applies when the event is consumed, moments later.")
	@ApiResponse(responseCode = "202", description = "Change published")
	@ApiResponse(responseCode = "400", description = "Missing or unknown state")
	@ApiResponse(responseCode = "403", description = "Another agent's state")
	@ApiResponse(responseCode = "404", description = "No such agent")
	StateChangeAccepted changeState(@PathVariable String agentId, @Valid @RequestBody StateChange change,
			Authentication caller) {
		Callers.requireSelfOrOverseer(caller, agentId);
		AgentStateChanged published = states.request(agentId, change.state());
		return new StateChangeAccepted(published.eventId().toString(), agentId, published.state());
	}

	/** The state an agent asks for: AVAILABLE, BUSY, AWAY or OFFLINE. */
	record StateChange(@NotNull AgentState state) {
	}

	record StateChangeAccepted(String eventId, String agentId, AgentState state) {
	}

}
