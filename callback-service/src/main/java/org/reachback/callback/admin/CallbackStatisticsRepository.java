package org.reachback.callback.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.Media;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Aggregate reads over the callback tables for the Actuator endpoint and the gauges. */
@Component
class CallbackStatisticsRepository {

	private final JdbcClient jdbc;

	CallbackStatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every status with its number of callbacks, zero included. */
	Map<CallbackStatus, Long> countByStatus() {
		Map<CallbackStatus, Long> counts = new EnumMap<>(CallbackStatus.class);
		for (CallbackStatus status : CallbackStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select status, count(*) as n from callback group by status")
			.query((rs, row) -> counts.put(CallbackStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Callbacks not yet in progress nor finished: scheduled, due or with an agent reserved. */
	long pending() {
		return jdbc.sql("select count(*) from callback where status in ('REQUESTED', 'SCHEDULED', 'DUE', 'AGENT_RESERVED')")
			.query(Long.class)
			.single();
	}

	/** The scheduled callbacks that become due next, earliest first. */
	List<NextDue> nextDue(int limit) {
		return jdbc.sql("""
				select id, queue, due_at, preferred_agent, phone, context ->> 'media' as media from callback
				where status = 'SCHEDULED' order by due_at limit ?""")
			.param(limit)
			.query((rs, row) -> new NextDue(rs.getObject("id", UUID.class), rs.getString("queue"),
					rs.getObject("due_at", OffsetDateTime.class).toInstant(), rs.getString("preferred_agent"),
					media(rs.getString("media"), rs.getString("phone"))))
			.list();
	}

	/**
	 * The latest refusals, newest first: requests rejected (applied, to {@code REJECTED}) and the
	 * transitions refused, whether the lifecycle did not allow them or a change asked for could not
	 * be made (not applied), so an administrator reads why without opening every callback.
	 */
	List<Refusal> recentRefusals(int limit) {
		return jdbc.sql("""
				select t.at, t.callback_id, c.queue, t.from_status, t.to_status, t.applied, t.reason
				from callback_transition t join callback c on c.id = t.callback_id
				where not t.applied or t.to_status = 'REJECTED'
				order by t.id desc limit ?""")
			.param(limit)
			.query((rs, row) -> new Refusal(rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getObject("callback_id", UUID.class), rs.getString("queue"),
					CallbackStatus.valueOf(rs.getString("from_status")), CallbackStatus.valueOf(rs.getString("to_status")),
					rs.getBoolean("applied"), rs.getString("reason")))
			.list();
	}

	/** As {@code CallbackContext.mediaOrDefault()} reads it, from the stored context's medium. */
	private static Media media(String chosen, String phone) {
		return Media.orDefault(chosen == null ? null : Media.of(chosen), phone);
	}

	/**
	 * @param from the status the callback had (a rejected request's is {@code REQUESTED})
	 * @param to the status it became ({@code REJECTED}) or, when not {@code applied}, would have become
	 * @param reason why, in words, as the history has it
	 */
	record Refusal(Instant at, UUID callbackId, String queue, CallbackStatus from, CallbackStatus to, boolean applied,
			String reason) {
	}

	/** @param media how the customer is called back, {@code voice} or {@code chat} */
	record NextDue(UUID callbackId, String queue, Instant dueAt, String preferredAgent, Media media) {
	}

}
