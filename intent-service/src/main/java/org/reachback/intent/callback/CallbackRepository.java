package org.reachback.intent.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Media;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer's view of their callbacks, in table {@code callback_view}. */
@Repository
class CallbackRepository {

	private final JdbcClient jdbc;

	CallbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the row is new */
	boolean insertRequested(UUID callbackId, UUID chatId, String phone, Media media, Instant dueAt,
			String preferredAgent, Instant at) {
		return jdbc.sql("""
				insert into callback_view (callback_id, chat_id, status, phone, media, due_at, as_soon_as_possible,
				                           preferred_agent, updated_at)
				values (?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(callbackId, chatId, phone, media == null ? null : media.wire(), utc(dueAt), dueAt == null,
					preferredAgent, utc(at))
			.update() == 1;
	}

	/** Applies a change, creating the row first for callbacks that were not requested through us. */
	CallbackView apply(UUID callbackId, UUID chatId, CallbackChange change) {
		String status = change.status() == null ? null : change.status().name();
		jdbc.sql("""
				insert into callback_view (callback_id, chat_id, status, updated_at)
				values (?, ?, coalesce(cast(? as text), 'REQUESTED'), ?) on conflict do nothing""")
			.params(callbackId, chatId, status, utc(change.at()))
			.update();
		jdbc.sql("""
				update callback_view set status = coalesce(cast(? as text), status), phone = coalesce(?, phone),
				       queue = coalesce(?, queue), due_at = coalesce(?, due_at),
				       as_soon_as_possible = coalesce(?, as_soon_as_possible),
				       preferred_agent = coalesce(?, preferred_agent), agent_name = coalesce(?, agent_name),
				       problem = case when cast(? as text) is null then problem else ? end,
				       requested_slot = case when ? then null else coalesce(?, requested_slot) end,
				       updated_at = ?
				where callback_id = ?""")
			.params(status, change.phone(), change.queue(), utc(change.dueAt()), change.asSoonAsPossible(),
					change.preferredAgent(), change.agentName(), status, change.problem(), change.moveSettled(),
					utc(change.requestedSlot()), utc(change.at()), callbackId)
			.update();
		return find(callbackId).orElseThrow();
	}

	Optional<CallbackView> find(UUID callbackId) {
		return jdbc.sql("select * from callback_view where callback_id = ?")
			.param(callbackId)
			.query(CallbackRepository::view)
			.optional();
	}

	/** @return whether this call recorded the request (false if one was recorded before) */
	boolean markCancellationRequested(UUID callbackId, Instant at) {
		return jdbc.sql("""
				update callback_view set cancellation_requested_at = ?
				where callback_id = ? and cancellation_requested_at is null""")
			.params(utc(at), callbackId)
			.update() == 1;
	}

	/** @return whether this call recorded the move (false if the same move is waiting already) */
	boolean markRescheduleRequested(UUID callbackId, Instant slot, Instant at) {
		return jdbc.sql("""
				update callback_view set requested_slot = ?, updated_at = ?
				where callback_id = ? and requested_slot is distinct from ?""")
			.params(utc(slot), utc(at), callbackId, utc(slot))
			.update() == 1;
	}

	private static CallbackView view(ResultSet rs, int row) throws SQLException {
		String media = rs.getString("media");
		return new CallbackView(rs.getObject("callback_id", UUID.class), rs.getObject("chat_id", UUID.class),
				CallbackStatus.valueOf(rs.getString("status")), rs.getString("phone"),
				media == null ? null : Media.of(media), rs.getString("queue"),
				instant(rs, "due_at"), rs.getObject("as_soon_as_possible", Boolean.class),
				rs.getString("preferred_agent"), rs.getString("agent_name"), rs.getString("problem"),
				instant(rs, "cancellation_requested_at"), instant(rs, "requested_slot"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
