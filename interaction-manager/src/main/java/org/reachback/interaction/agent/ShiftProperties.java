package org.reachback.interaction.agent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configured rosters, {@code reachback.roster.<agentId>}: the agent's time zone, weekly shifts and
 * dated exceptions. Times are {@code HH:mm}; an end of {@code 24:00} (or {@code 00:00}) is midnight.
 * Each one is checked as it is bound, so a wrong roster fails the start naming the agent.
 */
@ConfigurationProperties("reachback")
record ShiftProperties(Map<String, ConfiguredShifts> roster) {

	ShiftProperties {
		roster = roster == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(roster));
		roster.forEach((agentId, shifts) -> {
			try {
				shifts.toShifts(agentId);
			}
			catch (InvalidShiftsException ex) {
				throw new IllegalArgumentException("reachback.roster." + agentId + ": " + ex.getMessage(), ex);
			}
		});
	}

	record ConfiguredShifts(String timeZone, List<ConfiguredShift> weekly, List<ConfiguredException> exceptions) {

		ConfiguredShifts {
			weekly = weekly == null ? List.of() : List.copyOf(weekly);
			exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
		}

		AgentShifts toShifts(String agentId) {
			List<Shift> shifts = weekly.stream()
				.map(shift -> new Shift(shift.day(), AgentShifts.timeOfDay(shift.start(), "start"),
						AgentShifts.timeOfDay(shift.end(), "end")))
				.toList();
			List<ShiftException> dated = exceptions.stream()
				.map(exception -> new ShiftException(date(exception.date()), exception.kind(),
						AgentShifts.timeOfDay(exception.start(), "start"), AgentShifts.timeOfDay(exception.end(), "end")))
				.toList();
			return AgentRosters.configured(agentId, timeZone, shifts, dated);
		}

		private static LocalDate date(String date) {
			try {
				return date == null ? null : LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidShiftsException("date '" + date + "' is not a date such as 2026-12-25");
			}
		}

	}

	/** {@code {day: monday, start: "09:00", end: "17:30"}} */
	record ConfiguredShift(DayOfWeek day, String start, String end) {
	}

	/** {@code {date: "2026-12-25", kind: leave}}, or with {@code start} and {@code end} for part of the day */
	record ConfiguredException(String date, ShiftException.Kind kind, String start, String end) {
	}

}
