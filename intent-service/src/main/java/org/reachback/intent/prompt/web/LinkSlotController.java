package org.reachback.intent.prompt.web;

import org.reachback.intent.prompt.ChatSlots;
import org.reachback.intent.prompt.web.SlotController.SlotList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The free slots to move a callback to, for the page behind its signed link, which has no chat
 * token: the link is the credential, as for the callback itself.
 */
@RestController
@Tag(name = "Callback links")
class LinkSlotController {

	private final ChatSlots slots;

	LinkSlotController(ChatSlots slots) {
		this.slots = slots;
	}

	@GetMapping("/api/v1/callback-links/{linkToken}/slots")
	@Operation(summary = "Free slots to move the callback the link opens to",
			description = "As GET /api/v1/chats/{chatId}/slots, for the callback's queue and without the chat "
					+ "token. Any of them may be sent as 'slot' in PATCH on the link.")
	@ApiResponse(responseCode = "200", description = "The slots")
	@ApiResponse(responseCode = "400", description = "days not 1 to 14, or agent not an agent id")
	@ApiResponse(responseCode = "404", description = "The link is not valid or has expired")
	SlotList slots(@Parameter(description = "the token of manageUrl") @PathVariable String linkToken,
			@Parameter(description = "how many days ahead, 1 to 14") @RequestParam(defaultValue = "7") @Min(1)
			@Max(ChatSlots.MAX_DAYS) int days,
			@Parameter(description = "an agent id, for that agent's own slots") @RequestParam(required = false)
			@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be an agent id") String agent) {
		return SlotList.of(slots.ofLink(linkToken, days, agent));
	}

}
