package org.reachback.interaction.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.callback.CallbackDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The virtual queue's table. */
@Repository
class QueuedCallbackRepository {

	private static final String COLUMNS = "callback_id, chat_id, queue, preferred_agent, attempt, context::text as context, enqueued_at, status";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	QueuedCallbackRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Adds a due callback. A callback already in the queue stays as it is, unless it was served or
	 * withdrawn and this is a later attempt, which joins the back of the queue afresh.
	 * @return whether the callback now waits
	 */
	boolean enqueue(CallbackDue due, Instant now) {
		return jdbc.sql("""
				insert into queued_callback (callback_id, chat_id, queue, preferred_agent, attempt, context, enqueued_at, status)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, 'WAITING')
				on conflict (callback_id) do update set queue = excluded.queue, preferred_agent = excluded.preferred_agent,
				  attempt = excluded.attempt, context = excluded.context, enqueued_at = excluded.enqueued_at,
				  status = 'WAITING', closed_at = null
				where queued_callback.status in ('DONE', 'WITHDRAWN') and excluded.attempt > queued_callback.attempt""")
			.params(due.callbackId(), due.chatId(), due.context().queue(), blankToNull(due.preferredAgent()),
					due.attempt(), json.writeValueAsString(due.context()), Timestamp.from(now))
			.update() == 1;
	}

	Optional<QueuedCallback> find(UUID callbackId) {
		return one("", callbackId);
	}

	Optional<QueuedCallback> lock(UUID callbackId) {
		return one(" for update", callbackId);
	}

	private Optional<QueuedCallback> one(String lock, UUID callbackId) {
		return jdbc.sql("select " + COLUMNS + " from queued_callback where callback_id = ?" + lock)
			.param(callbackId)
			.query(this::map)
			.optional();
	}

	/** Oldest first, the order in which callbacks get agents: the first {@code limit} of them. */
	List<QueuedCallback> waitingFirst(int limit) {
		return jdbc.sql("select " + COLUMNS
				+ " from queued_callback where status = 'WAITING' order by enqueued_at, callback_id limit ?")
			.param(limit)
			.query(this::map)
			.list();
	}

	/** The next {@code limit} in that order after {@code last}. */
	List<QueuedCallback> waitingAfter(QueuedCallback last, int limit) {
		return jdbc.sql("select " + COLUMNS + " from queued_callback where status = 'WAITING'"
				+ " and (enqueued_at, callback_id) > (?, ?) order by enqueued_at, callback_id limit ?")
			.params(Timestamp.from(last.enqueuedAt()), last.callbackId(), limit)
			.query(this::map)
			.list();
	}

	/** Moves a callback from one status to another; false if it was not in {@code from} any more. */
	boolean move(UUID callbackId, QueuedCallback.Status from, QueuedCallback.Status to, Instant now) {
		boolean closing = to == QueuedCallback.Status.DONE || to == QueuedCallback.Status.WITHDRAWN;
		return jdbc.sql("update queued_callback set status = ?, closed_at = ? where callback_id = ? and status = ?")
			.params(to.name(), closing ? Timestamp.from(now) : null, callbackId, from.name())
			.update() == 1;
	}

	/**
	 * Marks a waiting callback held back for inbound customers, unless it already is; its place
	 * ({@code enqueued_at}) is untouched.
	 * @return whether this starts a hold, which is then worth recording
	 */
	boolean holdBack(UUID callbackId, Instant now, String reason) {
		return jdbc.sql("""
				update queued_callback set held_back_since = ?, held_back_reason = ?
				where callback_id = ? and status = 'WAITING' and held_back_since is null""")
			.params(Timestamp.from(now), reason, callbackId)
			.update() == 1;
	}

	/** The callback is no longer held back: it got an agent. */
	void endHold(UUID callbackId) {
		endHolds("callback_id", callbackId);
	}

	/** No callback of the queue is held back any more: no inbound customer waits there. */
	void endHolds(String queue) {
		endHolds("queue", queue);
	}

	private void endHolds(String column, Object value) {
		jdbc.sql("update queued_callback set held_back_since = null, held_back_reason = null where " + column
				+ " = ? and held_back_since is not null")
			.param(value)
			.update();
	}

	/** The callbacks of these chats, whatever their status. */
	List<UUID> idsOfChats(Collection<UUID> chatIds) {
		return jdbc.sql("select callback_id from queued_callback where chat_id = any(cast(? as uuid[]))")
			.param(chatIds.stream().map(UUID::toString).toArray(String[]::new))
			.query(UUID.class)
			.list();
	}

	/** @return how many of these callbacks there were */
	int delete(Collection<UUID> callbackIds) {
		return jdbc.sql("delete from queued_callback where callback_id = any(cast(? as uuid[]))")
			.param(callbackIds.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	private QueuedCallback map(ResultSet rs, int row) throws SQLException {
		return new QueuedCallback(rs.getObject("callback_id", UUID.class), rs.getObject("chat_id", UUID.class),
				rs.getString("queue"), rs.getString("preferred_agent"), rs.getInt("attempt"),
				json.readValue(rs.getString("context"), CallbackContext.class),
				rs.getTimestamp("enqueued_at").toInstant(), QueuedCallback.Status.valueOf(rs.getString("status")));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
