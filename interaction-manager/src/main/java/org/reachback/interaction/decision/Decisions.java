package org.reachback.interaction.decision;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The decision log: written in the transaction of the decision, so a decision rolled back leaves no trace. */
@Repository
public class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Decision decision) {
		jdbc.sql("""
				insert into decision (decided_at, kind, callback_id, queue, agent_id, reason)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(decision.decidedAt()), decision.kind().name(), decision.callbackId(),
					decision.queue(), decision.agentId(), decision.reason())
			.update();
	}

	/**
	 * Deletes the decisions about these callbacks, whose customer's data is erased: their reasons may
	 * name the customer ("Ana asked for Maria").
	 * @return how many there were
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(Collection<UUID> callbackIds) {
		return jdbc.sql("delete from decision where callback_id = any(cast(? as uuid[]))")
			.param(callbackIds.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	/** The latest {@code limit} decisions, newest first. */
	public List<Decision> recent(int limit) {
		return jdbc.sql("""
				select decided_at, kind, callback_id, queue, agent_id, reason from decision
				order by decided_at desc, id desc limit ?""")
			.param(limit)
			.query(Decision.class)
			.list();
	}

}
