package org.reachback.interaction.agent;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each agent's applied roster: {@code agent_roster}, {@code agent_shift} and {@code agent_shift_exception}. */
@Repository
public class ShiftRepository {

	private final JdbcClient jdbc;

	ShiftRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgentShifts> find(String agentId) {
		return rosters("where agent_id = ?", agentId).stream().findFirst();
	}

	public List<AgentShifts> findAll() {
		return rosters("", null);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void replace(AgentShifts shifts) {
		delete(shifts.agentId());
		jdbc.sql("insert into agent_roster (agent_id, time_zone, source, planned_at) values (?, ?, ?, ?)")
			.params(shifts.agentId(), shifts.timeZone().getId(), shifts.source(), Timestamp.from(shifts.plannedAt()))
			.update();
		for (Shift shift : shifts.weekly()) {
			jdbc.sql("insert into agent_shift (agent_id, day_of_week, starts, ends) values (?, ?, ?, ?)")
				.params(shifts.agentId(), shift.day().name(), shift.start(), shift.end())
				.update();
		}
		for (ShiftException exception : shifts.exceptions()) {
			jdbc.sql("insert into agent_shift_exception (agent_id, on_date, kind, starts, ends) values (?, ?, ?, ?, ?)")
				.params(shifts.agentId(), exception.date(), exception.kind().name(), exception.start(), exception.end())
				.update();
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void delete(String agentId) {
		jdbc.sql("delete from agent_shift where agent_id = ?").param(agentId).update();
		jdbc.sql("delete from agent_shift_exception where agent_id = ?").param(agentId).update();
		jdbc.sql("delete from agent_roster where agent_id = ?").param(agentId).update();
	}

	private List<AgentShifts> rosters(String where, String agentId) {
		List<String> params = agentId == null ? List.of() : List.of(agentId);
		Map<String, List<Shift>> weekly = jdbc.sql("select agent_id, day_of_week, starts, ends from agent_shift "
				+ where + " order by agent_id, day_of_week, starts")
			.params(params)
			.query((rs, row) -> Map.entry(rs.getString("agent_id"), new Shift(DayOfWeek.valueOf(rs.getString("day_of_week")),
					rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<String, List<ShiftException>> exceptions = jdbc.sql("select agent_id, on_date, kind, starts, ends "
				+ "from agent_shift_exception " + where + " order by agent_id, on_date, starts")
			.params(params)
			.query((rs, row) -> Map.entry(rs.getString("agent_id"), new ShiftException(
					rs.getObject("on_date", LocalDate.class), ShiftException.Kind.valueOf(rs.getString("kind")),
					rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select agent_id, time_zone, source, planned_at from agent_roster " + where + " order by agent_id")
			.params(params)
			.query((rs, row) -> new AgentShifts(rs.getString("agent_id"), ZoneId.of(rs.getString("time_zone")),
					weekly.getOrDefault(rs.getString("agent_id"), List.of()),
					exceptions.getOrDefault(rs.getString("agent_id"), List.of()), rs.getString("source"),
					rs.getTimestamp("planned_at").toInstant()))
			.list();
	}

}
