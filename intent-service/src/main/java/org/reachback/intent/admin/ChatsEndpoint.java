package org.reachback.intent.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/chats}: what is going on in customers' chats, per brand, read from the database
 * so that it covers every instance and survives restarts. A chat is open while it had activity
 * within {@code reachback.chat.idle-timeout}.
 */
@Component
@Endpoint(id = "chats")
class ChatsEndpoint {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration idleTimeout;

	ChatsEndpoint(JdbcClient jdbc, Clock clock, @Value("${reachback.chat.idle-timeout:30m}") Duration idleTimeout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
	}

	@ReadOperation
	Map<String, Object> chats() {
		Map<String, BrandCounts> brands = new TreeMap<>();
		jdbc.sql("""
				select c.brand,
				       count(*) as chats,
				       count(*) filter (where c.last_activity_at > ?) as open,
				       count(*) filter (where c.agent_session_id is not null) as with_agent,
				       coalesce(sum((select count(*) from transcript_entry t
				                     where t.chat_id = c.chat_id and t.speaker = 'CUSTOMER' and t.kind = 'MESSAGE')), 0)
				           as customer_messages,
				       coalesce(sum((select count(*) from prompt p where p.chat_id = c.chat_id)), 0) as prompts_offered,
				       coalesce(sum((select count(*) from prompt p
				                     where p.chat_id = c.chat_id and p.answered_option is not null)), 0)
				           as prompts_answered
				from chat c group by c.brand""")
			.param(clock.instant().minus(idleTimeout).atOffset(ZoneOffset.UTC))
			.query(BrandCounts.class)
			.list()
			.forEach(counts -> brands.put(counts.brand(), counts));
		Map<String, Long> callbacks = new TreeMap<>();
		jdbc.sql("select status, count(*) as n from callback_view group by status")
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.forEach(entry -> callbacks.put(entry.getKey(), entry.getValue()));
		return Map.of("idleTimeout", idleTimeout.toString(), "brands", brands, "callbacksByStatus", callbacks,
				"totals", totals(List.copyOf(brands.values())));
	}

	private static BrandCounts totals(List<BrandCounts> brands) {
		return brands.stream()
			.reduce(new BrandCounts("all", 0, 0, 0, 0, 0, 0),
					(a, b) -> new BrandCounts("all", a.chats() + b.chats(), a.open() + b.open(),
							a.withAgent() + b.withAgent(), a.customerMessages() + b.customerMessages(),
							a.promptsOffered() + b.promptsOffered(), a.promptsAnswered() + b.promptsAnswered()));
	}

	record BrandCounts(String brand, long chats, long open, long withAgent, long customerMessages,
			long promptsOffered, long promptsAnswered) {
	}

}
