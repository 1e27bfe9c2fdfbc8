package org.reachback.events.agent;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An agent's roster as a workforce-management system (or the admin API) now plans it: weekly shifts
 * and dated exceptions, in the agent's time zone. It replaces the agent's previous roster whole.
 *
 * @param timeZone an IANA zone id, such as {@code Europe/London}, that the times are in
 * @param weekly the shifts that repeat every week
 * @param exceptions leave (time off the roster) and overtime (time added) on given dates
 * @param source who planned it, e.g. {@code wfm} or {@code admin-api}
 */
public record AgentShiftsChanged(UUID eventId, Instant occurredAt, String agentId, String timeZone,
		List<Shift> weekly, List<ShiftException> exceptions, String source) implements AgentEvent {

	public AgentShiftsChanged {
		weekly = weekly == null ? List.of() : List.copyOf(weekly);
		exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
	}

	/** Working time every {@code day} from {@code start} to {@code end}; an end of 00:00 means midnight. */
	public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
	}

	/** A dated change to the weekly shifts (a schedule exception); leave without times is the whole day off. */
	public record ShiftException(LocalDate date, Kind kind, LocalTime start, LocalTime end) {

		public enum Kind {
			LEAVE, OVERTIME
		}

	}

}
