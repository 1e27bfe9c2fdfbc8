package org.reachback.intent.prompt.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.reachback.intent.access.ChatToken;
import org.reachback.intent.availability.AvailableSlot;
import org.reachback.intent.prompt.ChatSlots;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Chats")
@SecurityRequirement(name = "chatToken")
class SlotController {

	private final ChatSlots slots;

	SlotController(ChatSlots slots) {
		this.slots = slots;
	}

	@GetMapping("/api/v1/chats/{chatId}/slots")
	@Operation(summary = "Free callback slots to choose from, beyond those the prompt shows",
			description = "Slots of the queue of the chat's latest callback prompt with room left (with 'agent': "
					+ "that agent's own), starting within 'days' and inside the customer's calling window, earliest "
					+ "first, times with the offset of the customer's time zone (UTC when unknown). Any of them may "
					+ "be sent as 'slot' in the prompt's answer; capacity is confirmed when it is booked.")
	@ApiResponse(responseCode = "200", description = "The slots")
	@ApiResponse(responseCode = "400", description = "days not 1 to 14, or agent not an agent id")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	@ApiResponse(responseCode = "409", description = "No callback was offered in this chat yet")
	SlotList slots(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token,
			@Parameter(description = "how many days ahead, 1 to 14") @RequestParam(defaultValue = "7") @Min(1)
			@Max(ChatSlots.MAX_DAYS) int days,
			@Parameter(description = "an agent id, for that agent's own slots") @RequestParam(required = false)
			@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be an agent id") String agent) {
		return SlotList.of(slots.of(chatId, token, days, agent));
	}

	/**
	 * @param timeZone the IANA zone the times are given in
	 * @param callingWindow the hours the slots were chosen by, e.g. {@code 08:00–21:00 in Europe/London};
	 * absent when the customer gave neither number nor zone
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SlotList(String timeZone, String callingWindow, List<SlotEntry> slots) {

		static SlotList of(ChatSlots.Slots free) {
			return new SlotList(free.timeZone().getId(), free.window() == null ? null : free.window().toString(),
					free.slots().stream().map(slot -> SlotEntry.of(slot, free.timeZone())).toList());
		}

	}

	/**
	 * @param start ISO-8601 with the offset of the customer's zone at that instant, e.g.
	 * {@code 2030-07-04T10:00:00+01:00}; written here, so that no serializer setting moves it to UTC
	 * @param agent the agent whose own time it is, only when asked for one agent
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SlotEntry(String start, String end, String agent, String agentName) {

		static SlotEntry of(AvailableSlot slot, ZoneId zone) {
			return new SlotEntry(local(slot.start(), zone), local(slot.end(), zone), slot.agent(), slot.agentName());
		}

		private static String local(Instant instant, ZoneId zone) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
		}

	}

}
