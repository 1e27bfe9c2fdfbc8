package org.reachback.interaction.dispatch.web;

import java.util.List;

import org.reachback.interaction.access.Callers;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.UnknownAgentException;
import org.reachback.interaction.dispatch.OfferService;
import org.reachback.interaction.dispatch.OfferView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the agent console reads: the agent with what they are doing, and the callbacks offered to them. */
@RestController
@RequestMapping("/api/v1/agents/{agentId}")
@Tag(name = "Agents", description = "Agent state and offered callbacks; an agent acts only as themself, supervisors for anyone")
class AgentConsoleController {

	private final AgentRepository agents;

	private final OfferService offers;

	AgentConsoleController(AgentRepository agents, OfferService offers) {
		this.agents = agents;
		this.offers = offers;
	}

	@GetMapping
	@Operation(summary = "The agent: state, skills, phone, the offer waiting for their answer and the callback they work on")
	@ApiResponse(responseCode = "200", description = "The agent")
	@ApiResponse(responseCode = "404", description = "No such agent")
	AgentView agent(@PathVariable String agentId, Authentication caller) {
		Callers.requireSelfOrOverseer(caller, agentId);
		return agents.find(agentId)
			.map(agent -> AgentView.of(agent, offers.openOffersOf(agentId).stream().findFirst().orElse(null),
					offers.assignmentOf(agentId).orElse(null)))
			.orElseThrow(() -> new UnknownAgentException(agentId));
	}

	@GetMapping("/offers")
	@Operation(summary = "Callbacks offered to the agent, with customer, phone, media, intent, reason and transcript",
			description = "media says how the customer is called back: voice (a phone call that rings the agent's phone first) or chat. selectionReason says why the callback is theirs: the customer asked for them, or the agent asked for was not free in time and it widened to the team.")
	@ApiResponse(responseCode = "200", description = "The agent's open offers")
	@ApiResponse(responseCode = "404", description = "No such agent")
	List<OfferView> openOffers(@PathVariable String agentId, Authentication caller) {
		Callers.requireSelfOrOverseer(caller, agentId);
		agents.find(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
		return offers.openOffersOf(agentId);
	}

}
