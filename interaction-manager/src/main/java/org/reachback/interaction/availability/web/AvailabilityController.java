package org.reachback.interaction.availability.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.reachback.interaction.access.Callers;
import org.reachback.platform.security.SecurityConfiguration;
import org.reachback.interaction.availability.Availability;
import org.reachback.interaction.availability.SlotCapacity;
import org.reachback.interaction.availability.SlotFigures;
import org.reachback.interaction.queue.QueueProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/queues/{queue}/availability")
@Tag(name = "Queues", description = "Live status of the contact-centre queues")
class AvailabilityController {

	private final Availability availability;

	private final QueueProperties queues;

	AvailabilityController(Availability availability, QueueProperties queues) {
		this.availability = availability;
		this.queues = queues;
	}

	@GetMapping
	@Operation(summary = "The queue's bookable slots with capacity and bookings (supervisors)",
			description = "Slots starting in the next `days` days (within the queue's horizon), times in UTC. "
					+ "capacity = floor(Σ rostered overlap × max-callback-share / n(agent) ÷ average handle time); "
					+ "booked = scheduled callbacks in the slot. With explain=true every slot carries the inputs: "
					+ "the agents counted, their rostered seconds, queues and contributions, the share and the handle time. "
					+ "Holds are not kept, so there is no held figure.")
	@ApiResponse(responseCode = "200", description = "The queue's slots with capacity and bookings")
	@ApiResponse(responseCode = "400", description = "days is not a whole number from 1 to 14")
	@ApiResponse(responseCode = "403", description = "Not a supervisor or an administrator")
	@ApiResponse(responseCode = "404", description = "No such queue")
	List<SlotRow> availability(@PathVariable String queue,
			@RequestParam(defaultValue = "7") @Min(1) @Max(14) int days,
			@RequestParam(defaultValue = "false") boolean explain, Authentication caller) {
		if (!SecurityConfiguration.overseesAgents(caller)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only supervisors and administrators read a queue's availability");
		}
		if (!queues.names().contains(queue)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No queue '" + queue + "'");
		}
		return availability.of(queue, Duration.ofDays(days), explain).stream().map(SlotRow::of).toList();
	}

	record SlotRow(Instant start, Instant end, int capacity, int booked,
			@JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {

		static SlotRow of(SlotFigures slot) {
			return new SlotRow(slot.start(), slot.end(), slot.capacity(), slot.booked(),
					slot.explanation() == null ? null : Explanation.of(slot.explanation()));
		}

	}

	/** The inputs of a slot's capacity and what the formula made of them. */
	record Explanation(long averageHandleTimeSeconds, BigDecimal maxCallbackShare, List<SlotCapacity.AgentContribution> agents,
			BigDecimal contributedSeconds, int capacity, String formula) {

		static Explanation of(SlotCapacity capacity) {
			return new Explanation(capacity.averageHandleTimeSeconds(), capacity.maxCallbackShare(), capacity.agents(),
					capacity.contributedSeconds(), capacity.capacity(), capacity.formula());
		}

	}

}
