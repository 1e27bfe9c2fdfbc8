package org.reachback.interaction.agent.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.reachback.interaction.access.Callers;
import org.reachback.platform.security.SecurityConfiguration;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.AgentRosters;
import org.reachback.interaction.agent.AgentShifts;
import org.reachback.interaction.agent.ShiftRepository;
import org.reachback.interaction.agent.UnknownAgentException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/agents/{agentId}/shifts")
@Tag(name = "Rosters", description = "When agents work: the weekly shifts and dated exceptions slot capacity comes from")
class AgentShiftsController {

	private final AgentRosters rosters;

	private final ShiftRepository shifts;

	private final AgentRepository agents;

	AgentShiftsController(AgentRosters rosters, ShiftRepository shifts, AgentRepository agents) {
		this.rosters = rosters;
		this.shifts = shifts;
		this.agents = agents;
	}

	@PutMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Plan the agent's roster (supervisors)",
			description = "Replaces the agent's weekly shifts and exceptions. Publishes AgentShiftsChanged (source admin-api); "
					+ "the roster, and the capacity of every slot it touches, change when the event is consumed, moments later. "
					+ "Times are HH:mm in timeZone; a shift ends at the next end after its start (22:00-06:00 runs overnight); "
					+ "24:00 or 00:00 as an end is midnight. LEAVE without times is the whole date off; OVERTIME needs times.")
	@ApiResponse(responseCode = "202", description = "Plan published")
	@ApiResponse(responseCode = "400", description = "Missing or invalid time zone, day, time, date or kind")
	@ApiResponse(responseCode = "403", description = "Not a supervisor or an administrator")
	@ApiResponse(responseCode = "404", description = "No such agent")
	PlanAccepted plan(@PathVariable String agentId, @Valid @RequestBody ShiftsPlan plan, Authentication caller) {
		if (!SecurityConfiguration.overseesAgents(caller)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only supervisors and administrators plan rosters");
		}
		AgentShiftsChanged published = rosters.request(agentId, plan.timeZone(), plan.shifts(), plan.dated());
		return new PlanAccepted(published.eventId().toString(), agentId, published.occurredAt());
	}

	@GetMapping
	@Operation(summary = "The agent's applied roster (the agent, or a supervisor)",
			description = "Empty weekly and exceptions, and no source, while the agent has no roster. "
					+ "A configured roster has source configuration and plannedAt 1970-01-01T00:00:00Z: any planned one supersedes it.")
	@ApiResponse(responseCode = "200", description = "The agent's shift plan")
	@ApiResponse(responseCode = "404", description = "No such agent")
	AppliedRoster roster(@PathVariable String agentId, Authentication caller) {
		Callers.requireSelfOrOverseer(caller, agentId);
		agents.find(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
		return shifts.find(agentId)
			.map(roster -> new AppliedRoster(agentId, roster.timeZone().getId(), roster.weekly(), roster.exceptions(),
					roster.source(), roster.plannedAt()))
			.orElseGet(() -> new AppliedRoster(agentId, null, List.of(), List.of(), null, null));
	}

	/** Mirrors {@code AgentShiftsChanged}: it replaces the agent's roster whole. */
	record ShiftsPlan(@NotBlank String timeZone, List<@NotNull @Valid WeeklyShift> weekly,
			List<@NotNull @Valid DatedException> exceptions) {

		List<Shift> shifts() {
			return weekly == null ? List.of()
					: weekly.stream()
						.map(shift -> new Shift(shift.day(), AgentShifts.timeOfDay(shift.start(), "start"),
								AgentShifts.timeOfDay(shift.end(), "end")))
						.toList();
		}

		List<ShiftException> dated() {
			return exceptions == null ? List.of()
					: exceptions.stream()
						.map(exception -> new ShiftException(exception.date(), exception.kind(),
								AgentShifts.timeOfDay(exception.start(), "start"),
								AgentShifts.timeOfDay(exception.end(), "end")))
						.toList();
		}
	}

	/** {@code {"day":"MONDAY","start":"09:00","end":"17:30"}} */
	record WeeklyShift(@NotNull DayOfWeek day, @NotBlank String start, @NotBlank String end) {
	}

	/** {@code {"date":"2026-12-25","kind":"LEAVE"}}, with {@code start} and {@code end} for part of the day */
	record DatedException(@NotNull LocalDate date, @NotNull ShiftException.Kind kind, String start, String end) {
	}

	record PlanAccepted(String eventId, String agentId, Instant occurredAt) {
	}

	record AppliedRoster(String agentId, String timeZone, List<Shift> weekly, List<ShiftException> exceptions,
			String source, Instant plannedAt) {
	}

}
