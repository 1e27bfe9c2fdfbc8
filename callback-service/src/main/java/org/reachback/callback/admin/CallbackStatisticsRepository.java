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

/** Aggregate reads over the callback table for the Actuator endpoint and the gauges. */
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

	/** As {@code CallbackContext.mediaOrDefault()} reads it, from the stored context's medium. */
	private static Media media(String chosen, String phone) {
		return Media.orDefault(chosen == null ? null : Media.of(chosen), phone);
	}

	/** @param media how the customer is called back, {@code voice} or {@code chat} */
	record NextDue(UUID callbackId, String queue, Instant dueAt, String preferredAgent, Media media) {
	}

}
