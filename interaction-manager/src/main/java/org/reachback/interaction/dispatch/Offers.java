package org.reachback.interaction.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offer table. Its unique partial indexes keep one active offer per agent and per callback. */
@Repository
class Offers {

	private static final String COLUMNS = "id, callback_id, agent_id, status, offered_at, expires_at, ended_at";

	private final JdbcClient jdbc;

	Offers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void open(UUID id, UUID callbackId, String agentId, Instant offeredAt, Instant expiresAt) {
		jdbc.sql("""
				insert into offer (id, callback_id, agent_id, status, offered_at, expires_at)
				values (?, ?, ?, 'OPEN', ?, ?)""")
			.params(id, callbackId, agentId, Timestamp.from(offeredAt), Timestamp.from(expiresAt))
			.update();
	}

	Optional<Offer> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from offer where id = ?").param(id).query(Offers::map).optional();
	}

	Optional<Offer> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from offer where id = ? for update")
			.param(id)
			.query(Offers::map)
			.optional();
	}

	/** The open or accepted offer of a callback, locked. */
	Optional<Offer> lockActiveForCallback(UUID callbackId) {
		return jdbc.sql("select " + COLUMNS
				+ " from offer where callback_id = ? and status in ('OPEN', 'ACCEPTED') for update")
			.param(callbackId)
			.query(Offers::map)
			.optional();
	}

	Optional<Offer> activeForCallback(UUID callbackId) {
		return jdbc.sql("select " + COLUMNS + " from offer where callback_id = ? and status in ('OPEN', 'ACCEPTED')")
			.param(callbackId)
			.query(Offers::map)
			.optional();
	}

	Optional<Offer> activeForAgent(String agentId) {
		return jdbc.sql("select " + COLUMNS + " from offer where agent_id = ? and status in ('OPEN', 'ACCEPTED')")
			.param(agentId)
			.query(Offers::map)
			.optional();
	}

	List<Offer> ofAgent(String agentId, Offer.Status status) {
		return jdbc.sql("select " + COLUMNS + " from offer where agent_id = ? and status = ? order by offered_at")
			.params(agentId, status.name())
			.query(Offers::map)
			.list();
	}

	/** Agents who declined or let an offer of this callback time out since it (last) joined the queue. */
	Set<String> refusedBy(UUID callbackId, Instant since) {
		return Set.copyOf(jdbc.sql("""
				select distinct agent_id from offer
				where callback_id = ? and status in ('DECLINED', 'TIMED_OUT') and offered_at >= ?""")
			.params(callbackId, Timestamp.from(since))
			.query(String.class)
			.list());
	}

	List<UUID> openExpiredBy(Instant now) {
		return jdbc.sql("select id from offer where status = 'OPEN' and expires_at <= ? order by expires_at")
			.param(Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	void move(UUID id, Offer.Status to, Instant now) {
		boolean ending = to != Offer.Status.OPEN && to != Offer.Status.ACCEPTED;
		jdbc.sql("update offer set status = ?, ended_at = ? where id = ?")
			.params(to.name(), ending ? Timestamp.from(now) : null, id)
			.update();
	}

	private static Offer map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("callback_id", UUID.class),
				rs.getString("agent_id"), Offer.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("offered_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				ended == null ? null : ended.toInstant());
	}

}
