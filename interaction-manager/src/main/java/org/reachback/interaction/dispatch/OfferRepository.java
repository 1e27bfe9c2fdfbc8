package org.reachback.interaction.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offer table. Its unique partial indexes keep one active offer per agent and per callback. */
@Repository
class OfferRepository {

	private static final String COLUMNS = "id, callback_id, agent_id, status, offered_at, expires_at, ended_at, selection_reason";

	private static final String ACTIVE = "status in ('OPEN', 'ACCEPTED')";

	private final JdbcClient jdbc;

	OfferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void open(UUID id, UUID callbackId, String agentId, Instant offeredAt, Instant expiresAt, String selectionReason) {
		jdbc.sql("""
				insert into offer (id, callback_id, agent_id, status, offered_at, expires_at, selection_reason)
				values (?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(id, callbackId, agentId, Timestamp.from(offeredAt), Timestamp.from(expiresAt), selectionReason)
			.update();
	}

	Optional<Offer> find(UUID id) {
		return one("id = ?", id);
	}

	Optional<Offer> lock(UUID id) {
		return one("id = ? for update", id);
	}

	/** The open or accepted offer of a callback, locked. */
	Optional<Offer> lockActiveForCallback(UUID callbackId) {
		return one("callback_id = ? and " + ACTIVE + " for update", callbackId);
	}

	Optional<Offer> activeForCallback(UUID callbackId) {
		return one("callback_id = ? and " + ACTIVE, callbackId);
	}

	Optional<Offer> activeForAgent(String agentId) {
		return one("agent_id = ? and " + ACTIVE, agentId);
	}

	List<Offer> ofAgent(String agentId, Offer.Status status) {
		return jdbc.sql("select " + COLUMNS + " from offer where agent_id = ? and status = ? order by offered_at")
			.params(agentId, status.name())
			.query(OfferRepository::map)
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

	/**
	 * The open offer that expired first, locked with its agent and callback in the order every change
	 * takes them. {@code SKIP LOCKED}: rows another transaction holds (another instance timing the
	 * offer out, or the agent answering it right now) are passed over, never waited for.
	 */
	Optional<Offer> lockFirstExpired(Instant now) {
		return jdbc.sql("""
				select o.id, o.callback_id, o.agent_id, o.status, o.offered_at, o.expires_at, o.ended_at,
				  o.selection_reason
				from agent a
				  join offer o on o.agent_id = a.id
				  join queued_callback c on c.callback_id = o.callback_id
				where o.status = 'OPEN' and o.expires_at <= ?
				order by o.expires_at, o.id
				limit 1
				for update of a, c, o skip locked""")
			.param(Timestamp.from(now))
			.query(OfferRepository::map)
			.optional();
	}

	void move(UUID id, Offer.Status to, Instant now) {
		boolean ending = to != Offer.Status.OPEN && to != Offer.Status.ACCEPTED;
		jdbc.sql("update offer set status = ?, ended_at = ? where id = ?")
			.params(to.name(), ending ? Timestamp.from(now) : null, id)
			.update();
	}

	/**
	 * Deletes every offer of these callbacks, whatever its status.
	 * @return how many there were
	 */
	int deleteOf(Collection<UUID> callbackIds) {
		return jdbc.sql("delete from offer where callback_id = any(cast(? as uuid[]))")
			.param(callbackIds.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	private Optional<Offer> one(String where, Object param) {
		return jdbc.sql("select " + COLUMNS + " from offer where " + where)
			.param(param)
			.query(OfferRepository::map)
			.optional();
	}

	private static Offer map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("callback_id", UUID.class),
				rs.getString("agent_id"), Offer.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("offered_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				ended == null ? null : ended.toInstant(), rs.getString("selection_reason"));
	}

}
