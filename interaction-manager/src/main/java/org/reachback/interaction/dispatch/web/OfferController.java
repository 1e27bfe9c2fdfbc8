package org.reachback.interaction.dispatch.web;

import java.util.UUID;

import org.reachback.interaction.dispatch.OfferService;
import org.reachback.interaction.dispatch.OfferView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/offers/{offerId}")
@Tag(name = "Offers", description = "The offered agent's answer to a callback offer")
class OfferController {

	private final OfferService offers;

	OfferController(OfferService offers) {
		this.offers = offers;
	}

	@PostMapping("/accept")
	@Operation(summary = "Accept the offered callback",
			description = "The agent becomes busy on it; AgentAssigned (channel VOICE for a voice callback, with the agent's phone, else CHAT; with the callback's context) is published.")
	@ApiResponse(responseCode = "200", description = "Accepted; the offer with its context")
	@ApiResponse(responseCode = "403", description = "Offered to another agent")
	@ApiResponse(responseCode = "404", description = "No such offer")
	@ApiResponse(responseCode = "409", description = "Already accepted, declined, withdrawn, or expired")
	OfferView accept(@PathVariable UUID offerId, Authentication caller) {
		return offers.accept(offerId, caller.getName());
	}

	@PostMapping("/decline")
	@Operation(summary = "Decline the offered callback", description = "OfferReleased (DECLINED) is published and the next agent is tried.")
	@ApiResponse(responseCode = "200", description = "Declined")
	@ApiResponse(responseCode = "403", description = "Offered to another agent")
	@ApiResponse(responseCode = "404", description = "No such offer")
	@ApiResponse(responseCode = "409", description = "Already accepted, declined, withdrawn, or expired")
	OfferView decline(@PathVariable UUID offerId, Authentication caller) {
		return offers.decline(offerId, caller.getName());
	}

}
