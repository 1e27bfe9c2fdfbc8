package org.reachback.interaction.agent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException.Kind;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;

/**
 * When an agent works: weekly shifts and dated exceptions in the agent's time zone, as last planned.
 * A shift (or a timed exception) ends at the next {@code end} after its {@code start}, so 22:00–06:00
 * runs overnight and 00:00–00:00 is the whole day. Working time is the union of the weekly shifts
 * and overtime, less leave; leave without times is the whole date.
 *
 * @param source who planned it ({@code configuration}, {@code admin-api}, a WFM system)
 * @param plannedAt the {@code occurredAt} of the plan; {@link Instant#EPOCH} for configuration, which any other plan supersedes
 */
public record AgentShifts(String agentId, ZoneId timeZone, List<Shift> weekly, List<ShiftException> exceptions,
		String source, Instant plannedAt) {

	private static final String MIDNIGHT_END = "24:00";

	public AgentShifts {
		weekly = List.copyOf(weekly);
		exceptions = List.copyOf(exceptions);
	}

	/** @throws InvalidShiftsException naming every field that is missing or wrong */
	public static AgentShifts of(AgentShiftsChanged plan) {
		List<String> problems = new ArrayList<>();
		if (plan.agentId() == null || plan.agentId().isBlank()) {
			problems.add("agentId is required");
		}
		if (plan.occurredAt() == null) {
			problems.add("occurredAt is required");
		}
		ZoneId zone = zone(plan.timeZone(), problems);
		for (int i = 0; i < plan.weekly().size(); i++) {
			Shift shift = plan.weekly().get(i);
			if (shift == null || shift.day() == null || shift.start() == null || shift.end() == null) {
				problems.add("weekly[" + i + "] needs day, start and end");
			}
		}
		for (int i = 0; i < plan.exceptions().size(); i++) {
			check(plan.exceptions().get(i), "exceptions[" + i + "]", problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidShiftsException(String.join("; ", problems));
		}
		return new AgentShifts(plan.agentId(), zone, plan.weekly(), plan.exceptions(),
				plan.source() == null || plan.source().isBlank() ? "unknown" : plan.source(), plan.occurredAt());
	}

	/**
	 * A wall-clock time such as {@code 09:00}; {@code 24:00} is midnight at the end of the day, which
	 * a shift's end expresses as 00:00.
	 * @throws InvalidShiftsException if it is not a time of day
	 */
	public static LocalTime timeOfDay(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (MIDNIGHT_END.equals(text.strip())) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidShiftsException(field + " '" + text + "' is not a time of day such as 09:00 or 24:00");
		}
	}

	/** The agent's working time in {@code [from, until)}, as disjoint instant ranges. */
	public RangeSet<Instant> workingTime(Instant from, Instant until) {
		RangeSet<Instant> working = TreeRangeSet.create();
		RangeSet<Instant> leave = TreeRangeSet.create();
		// a shift that started the day before may run into the window
		LocalDate last = until.atZone(timeZone).toLocalDate();
		for (LocalDate date = from.atZone(timeZone).toLocalDate().minusDays(1); !date.isAfter(last); date = date
			.plusDays(1)) {
			for (Shift shift : weekly) {
				if (shift.day() == date.getDayOfWeek()) {
					working.add(period(date, shift.start(), shift.end()));
				}
			}
			for (ShiftException exception : exceptions) {
				if (exception.date().equals(date)) {
					(exception.kind() == Kind.OVERTIME ? working : leave).add(exception.start() == null
							? period(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
							: period(date, exception.start(), exception.end()));
				}
			}
		}
		working.removeAll(leave);
		return ImmutableRangeSet.copyOf(working.subRangeSet(Range.closedOpen(from, until)));
	}

	private Range<Instant> period(LocalDate date, LocalTime start, LocalTime end) {
		LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
		Instant starts = date.atTime(start).atZone(timeZone).toInstant();
		Instant ends = endDate.atTime(end).atZone(timeZone).toInstant();
		// a period inside the hour skipped when clocks go forward is no time at all
		return Range.closedOpen(starts, ends.isAfter(starts) ? ends : starts);
	}

	private static ZoneId zone(String timeZone, List<String> problems) {
		if (timeZone == null || timeZone.isBlank()) {
			problems.add("timeZone is required, e.g. Europe/London");
			return null;
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			problems.add("timeZone '" + timeZone + "' is not a time zone such as Europe/London");
			return null;
		}
	}

	private static void check(ShiftException exception, String field, List<String> problems) {
		if (exception == null || exception.date() == null || exception.kind() == null) {
			problems.add(field + " needs date and kind (LEAVE or OVERTIME)");
		}
		else if ((exception.start() == null) != (exception.end() == null)) {
			problems.add(field + " needs both start and end, or neither");
		}
		else if (exception.kind() == Kind.OVERTIME && exception.start() == null) {
			problems.add(field + " is overtime and needs start and end");
		}
	}

}
