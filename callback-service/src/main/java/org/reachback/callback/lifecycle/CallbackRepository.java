package org.reachback.callback.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Callback rows, with the context as {@code jsonb}. The locking reads need a transaction. */
@Repository
public class CallbackRepository {

	private static final String COLUMNS = """
			id, chat_id, status, queue, phone, due_at, asap, preferred_agent, context::text as context, attempt,
			agent_id, agent_name, session_id, problem, requested_at, updated_at, booked_for, pending_slot""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CallbackRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @return {@code false} when a callback with this id exists already; nothing is changed then */
	public boolean insert(Callback callback) {
		return jdbc.sql("""
				insert into callback (id, chat_id, status, queue, phone, due_at, asap, preferred_agent, context,
				    attempt, agent_id, agent_name, session_id, problem, requested_at, updated_at, booked_for, pending_slot)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do nothing""")
			.params(callback.id(), callback.chatId(), callback.status().name(), callback.queue(), callback.phone(),
					time(callback.dueAt()), callback.asSoonAsPossible(), callback.preferredAgent(),
					toJson(callback.context()), callback.attempt(), callback.agentId(), callback.agentName(),
					callback.sessionId(), callback.problem(), time(callback.requestedAt()), time(callback.updatedAt()),
					time(callback.bookedFor()), time(callback.pendingSlot()))
			.update() == 1;
	}

	void update(Callback callback) {
		jdbc.sql("""
				update callback set status = ?, phone = ?, due_at = ?, context = ?::jsonb, attempt = ?, agent_id = ?,
				    agent_name = ?, session_id = ?, problem = ?, updated_at = ?, booked_for = ?, pending_slot = ?
				where id = ?""")
			.params(callback.status().name(), callback.phone(), time(callback.dueAt()), toJson(callback.context()),
					callback.attempt(), callback.agentId(), callback.agentName(), callback.sessionId(),
					callback.problem(), time(callback.updatedAt()), time(callback.bookedFor()),
					time(callback.pendingSlot()), callback.id())
			.update();
	}

	public Optional<Callback> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from callback where id = ?").param(id).query(this::map).optional();
	}

	/**
	 * Reads and locks one callback until the end of the transaction, for a decision that depends on
	 * its current state; the change itself still goes through {@link CallbackTransitions}.
	 */
	public Optional<Callback> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from callback where id = ? for update")
			.param(id)
			.query(this::map)
			.optional();
	}

	/**
	 * Locks up to {@code limit} callbacks in {@code status} whose due time is at or before
	 * {@code dueBy}, earliest first, skipping those another transaction holds, so several instances
	 * of this service can run the timer without taking the same callback twice.
	 */
	public List<Callback> lockDue(CallbackStatus status, Instant dueBy, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback where status = ? and due_at <= ?
				order by due_at limit ? for update skip locked""")
			.params(status.name(), time(dueBy), limit)
			.query(this::map)
			.list();
	}

	/** The most recently changed callbacks, optionally only those in {@code status}. */
	public List<Callback> recent(Optional<CallbackStatus> status, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback where (cast(? as text) is null or status = ?)
				order by updated_at desc limit ?""")
			.params(status.map(Enum::name).orElse(null), status.map(Enum::name).orElse(null), limit)
			.query(this::map)
			.list();
	}

	/** The ids of the callbacks of these chats, read without locking them (see {@link #lockAll}). */
	public List<UUID> idsOfChats(Collection<UUID> chatIds) {
		return jdbc.sql("select id from callback where chat_id = any(cast(? as uuid[]))")
			.param(Ids.array(chatIds))
			.query(UUID.class)
			.list();
	}

	/**
	 * Locks the callbacks with these ids or of these chats until the end of the transaction, in id
	 * order: a timer batch that holds one of them commits first, and a later one never sees them.
	 * @return their ids
	 */
	public List<UUID> lockAll(Collection<UUID> ids, Collection<UUID> chatIds) {
		return jdbc.sql("""
				select id from callback where id = any(cast(? as uuid[])) or chat_id = any(cast(? as uuid[]))
				order by id for update""")
			.params(Ids.array(ids), Ids.array(chatIds))
			.query(UUID.class)
			.list();
	}

	/**
	 * Deletes these callbacks, after their history ({@link TransitionRepository#deleteOf}).
	 * @return how many there were
	 */
	public int delete(Collection<UUID> ids) {
		return jdbc.sql("delete from callback where id = any(cast(? as uuid[]))").param(Ids.array(ids)).update();
	}

	private Callback map(ResultSet rs, int row) throws SQLException {
		String context = rs.getString("context");
		return new Callback(rs.getObject("id", UUID.class), rs.getObject("chat_id", UUID.class),
				CallbackStatus.valueOf(rs.getString("status")), rs.getString("queue"), rs.getString("phone"),
				instant(rs, "due_at"), rs.getBoolean("asap"), rs.getString("preferred_agent"),
				context == null ? null : json.readValue(context, CallbackContext.class), rs.getInt("attempt"),
				rs.getString("agent_id"), rs.getString("agent_name"), rs.getObject("session_id", UUID.class),
				rs.getString("problem"), instant(rs, "requested_at"), instant(rs, "updated_at"),
				instant(rs, "booked_for"), instant(rs, "pending_slot"));
	}

	private String toJson(CallbackContext context) {
		return context == null ? null : json.writeValueAsString(context);
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
