package org.reachback.interaction.agent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.reachback.events.agent.AgentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The agent table. {@link #lock} is how every change involving an agent starts, so they never interleave. */
@Repository
public class AgentRepository {

	private static final String COLUMNS = "id, name, skills, phone, state, state_source, state_changed_at, available_since, "
			+ "rostered";

	private final JdbcClient jdbc;

	AgentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Agent> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from agent where id = ?")
			.param(id)
			.query(AgentRepository::map)
			.optional();
	}

	/** Reads the agent and locks their row until the transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Agent> lock(String id) {
		return jdbc.sql("select " + COLUMNS + " from agent where id = ? for update")
			.param(id)
			.query(AgentRepository::map)
			.optional();
	}

	public List<Agent> findAll() {
		return jdbc.sql("select " + COLUMNS + " from agent order by id").query(AgentRepository::map).list();
	}

	void upsertRostered(String id, String name, List<String> skills, String phone) {
		jdbc.sql("""
				insert into agent (id, name, skills, phone, rostered) values (?, ?, ?, ?, true)
				on conflict (id) do update set name = excluded.name, skills = excluded.skills, phone = excluded.phone,
				  rostered = true""")
			.params(id, name, skills.toArray(String[]::new), phone)
			.update();
	}

	void createUnrostered(String id) {
		jdbc.sql("insert into agent (id, name) values (?, ?) on conflict do nothing").params(id, id).update();
	}

	void changeState(String id, AgentState state, String source, Instant changedAt, Instant availableSince) {
		jdbc.sql("""
				update agent set state = ?, state_source = ?, state_changed_at = ?, available_since = ?
				where id = ?""")
			.params(state.name(), source, Timestamp.from(changedAt),
					availableSince == null ? null : Timestamp.from(availableSince), id)
			.update();
	}

	private static Agent map(ResultSet rs, int row) throws SQLException {
		Array skills = rs.getArray("skills");
		return new Agent(rs.getString("id"), rs.getString("name"),
				skills == null ? List.of() : List.of((String[]) skills.getArray()), rs.getString("phone"),
				AgentState.valueOf(rs.getString("state")), rs.getString("state_source"),
				instant(rs.getTimestamp("state_changed_at")), instant(rs.getTimestamp("available_since")),
				rs.getBoolean("rostered"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
