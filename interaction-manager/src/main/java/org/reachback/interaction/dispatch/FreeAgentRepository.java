package org.reachback.interaction.dispatch;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agents who are available and have neither an open offer nor an accepted callback. */
@Repository
class FreeAgentRepository {

	private final JdbcClient jdbc;

	FreeAgentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AgentSelector.Candidate> all() {
		return jdbc.sql("""
				select a.id, a.name, a.skills, a.available_since from agent a
				where a.state = 'AVAILABLE'
				  and not exists (select 1 from offer o where o.agent_id = a.id and o.status in ('OPEN', 'ACCEPTED'))
				order by a.id""")
			.query((rs, row) -> {
				Timestamp since = rs.getTimestamp("available_since");
				return new AgentSelector.Candidate(rs.getString("id"), rs.getString("name"),
						List.of((String[]) rs.getArray("skills").getArray()), since == null ? null : since.toInstant());
			})
			.list();
	}

}
