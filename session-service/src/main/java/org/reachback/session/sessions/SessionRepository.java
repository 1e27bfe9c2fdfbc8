package org.reachback.session.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialRequested.CallOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Sessions in table {@code callback_session}; the context is kept whole as JSON. */
@Repository
class SessionRepository {

	private static final String COLUMNS = """
			id, callback_id, offer_id, chat_id, channel, status, failure_reason, outcome, agent_id, agent_name,
			context::text as context, started_at, ended_at, reply_due_at, call_state, call_order, agent_phone,
			customer_phone, dial_started_at, connected_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SessionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @return {@code false}, inserting nothing, when the offer already has a session or the callback
	 * already has a connected one
	 */
	boolean insert(Session session) {
		return jdbc.sql("""
				insert into callback_session (id, callback_id, offer_id, chat_id, channel, status, failure_reason,
				    outcome, agent_id, agent_name, context, started_at, ended_at, reply_due_at, call_state, call_order,
				    agent_phone, customer_phone, dial_started_at, connected_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(session.id(), session.callbackId(), session.offerId(), session.chatId(), name(session.channel()),
					session.status().name(), session.failureReason(), name(session.outcome()), session.agentId(),
					session.agentName(), session.context() == null ? null : json.writeValueAsString(session.context()),
					time(session.startedAt()), time(session.endedAt()), time(session.replyDueAt()))
			.params(callColumns(session.call()))
			.update() == 1;
	}

	/** Writes what a transition changes: status, failure reason, outcome, end, reply deadline and call. */
	void update(Session session) {
		Call call = session.call();
		jdbc.sql("""
				update callback_session set status = ?, failure_reason = ?, outcome = ?, ended_at = ?, reply_due_at = ?,
				    call_state = ?, dial_started_at = ?, connected_at = ?
				where id = ?""")
			.params(session.status().name(), session.failureReason(), name(session.outcome()),
					time(session.endedAt()), time(session.replyDueAt()), call == null ? null : name(call.state()),
					call == null ? null : time(call.dialStartedAt()), call == null ? null : time(call.connectedAt()),
					session.id())
			.update();
	}

	private static Object[] callColumns(Call call) {
		return call == null ? new Object[6]
				: new Object[] { name(call.state()), name(call.order()), call.agentPhone(), call.customerPhone(),
						time(call.dialStartedAt()), time(call.connectedAt()) };
	}

	Optional<Session> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from callback_session where id = ?").param(id).query(this::map).optional();
	}

	/** Reads and locks the session, so commands on one session run one after another. */
	Optional<Session> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from callback_session where id = ? for update")
			.param(id)
			.query(this::map)
			.optional();
	}

	/** Reads and locks the newest connected session in a chat. */
	Optional<Session> lockConnectedInChat(UUID chatId) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback_session where chat_id = ? and status = 'CONNECTED'
				order by started_at desc limit 1 for update""").param(chatId).query(this::map).optional();
	}

	/**
	 * Claims connected sessions whose customer has not replied by {@code now}, oldest deadline first.
	 * {@code SKIP LOCKED}: a session another transaction holds (a message arriving, an agent
	 * completing, another instance's timer) is passed over and looked at again on the next tick.
	 */
	List<Session> lockUnanswered(Instant now, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback_session where status = 'CONNECTED' and reply_due_at <= ?
				order by reply_due_at limit ? for update skip locked""").params(time(now), limit).query(this::map).list();
	}

	/** An agent's sessions, connected ones first, then newest first. */
	List<Session> ofAgent(String agentId) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback_session where agent_id = ?
				order by status = 'CONNECTED' desc, started_at desc""").param(agentId).query(this::map).list();
	}

	/** Sessions under way: connected ones, and voice sessions being dialled. */
	List<Session> live() {
		return jdbc.sql("select " + COLUMNS + " from callback_session where status in ('CONNECTING', 'CONNECTED')"
				+ " order by started_at")
			.query(this::map)
			.list();
	}

	/**
	 * Claims the calls that were under way before {@code before} on this service's own SIP stack
	 * ({@code VOICE} sessions, dialled or connected), for a restarted service to settle.
	 */
	List<Session> lockCallsUnderWaySince(Instant before) {
		return jdbc.sql("select " + COLUMNS + """
				 from callback_session where channel = 'VOICE' and status in ('CONNECTING', 'CONNECTED')
				    and call_state is not null and started_at < ?
				order by started_at for update skip locked""").param(time(before)).query(this::map).list();
	}

	Map<SessionStatus, Long> countByStatus() {
		Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
		for (SessionStatus status : SessionStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select status, count(*) from callback_session group by status")
			.query(rs -> {
				counts.put(SessionStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private Session map(ResultSet rs, int row) throws SQLException {
		String context = rs.getString("context");
		String channel = rs.getString("channel");
		String outcome = rs.getString("outcome");
		return new Session(rs.getObject("id", UUID.class), rs.getObject("callback_id", UUID.class),
				rs.getObject("offer_id", UUID.class), rs.getObject("chat_id", UUID.class),
				channel == null ? null : Channel.valueOf(channel), SessionStatus.valueOf(rs.getString("status")),
				rs.getString("failure_reason"), outcome == null ? null : AttemptOutcome.valueOf(outcome),
				rs.getString("agent_id"), rs.getString("agent_name"),
				context == null ? null : json.readValue(context, CallbackContext.class), instant(rs, "started_at"),
				instant(rs, "ended_at"), instant(rs, "reply_due_at"), call(rs));
	}

	private static Call call(ResultSet rs) throws SQLException {
		String state = rs.getString("call_state");
		if (state == null) {
			return null;
		}
		return new Call(Call.CallState.valueOf(state), CallOrder.valueOf(rs.getString("call_order")),
				rs.getString("agent_phone"), rs.getString("customer_phone"), instant(rs, "dial_started_at"),
				instant(rs, "connected_at"));
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
