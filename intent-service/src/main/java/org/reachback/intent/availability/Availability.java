package org.reachback.intent.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads free slots from interaction-manager's views {@code interaction.callback_availability_view}
 * (per queue) and {@code interaction.agent_availability_view} (per queue and agent), the one shared
 * read model. Only slots that start after now and have room ({@code remaining > 0}) count. A view
 * that cannot be read (interaction-manager not migrated yet) is logged once and has no slots.
 */
@Component
public class Availability {

	static final String QUEUE_VIEW = "interaction.callback_availability_view";

	static final String AGENT_VIEW = "interaction.agent_availability_view";

	private static final Logger log = LoggerFactory.getLogger(Availability.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final Set<String> unreadableViews = ConcurrentHashMap.newKeySet();

	Availability(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The free slots of the queue starting before {@code until}, earliest first.
	 * @param agent an agent id for that agent's own slots, or {@code null} for the queue's
	 */
	public List<AvailableSlot> slots(String queue, String agent, Instant until) {
		OffsetDateTime now = utc(clock.instant());
		if (agent == null) {
			return read(QUEUE_VIEW, () -> jdbc.sql("""
					select slot_start, slot_end from interaction.callback_availability_view
					where queue = ? and remaining > 0 and slot_start > ? and slot_start < ?
					order by slot_start""")
				.params(queue, now, utc(until))
				.query((rs, row) -> new AvailableSlot(instant(rs, "slot_start"), instant(rs, "slot_end"), null, null))
				.list());
		}
		return read(AGENT_VIEW, () -> jdbc.sql("""
				select slot_start, slot_end, agent_id, agent_name from interaction.agent_availability_view
				where queue = ? and agent_id = ? and remaining > 0 and slot_start > ? and slot_start < ?
				order by slot_start""")
			.params(queue, agent, now, utc(until))
			.query((rs, row) -> new AvailableSlot(instant(rs, "slot_start"), instant(rs, "slot_end"),
					rs.getString("agent_id"), rs.getString("agent_name")))
			.list());
	}

	/**
	 * Whether a slot starting at {@code start} is free in the queue, or with that agent.
	 * @param agent an agent id, or {@code null} for the queue as a whole
	 */
	public boolean offers(String queue, String agent, Instant start) {
		if (queue == null || !start.isAfter(clock.instant())) {
			return false;
		}
		String sql = agent == null ? """
				select count(*) from interaction.callback_availability_view
				where queue = ? and slot_start = ? and remaining > 0""" : """
				select count(*) from interaction.agent_availability_view
				where queue = ? and slot_start = ? and remaining > 0 and agent_id = ?""";
		List<Object> params = agent == null ? List.of(queue, utc(start)) : List.of(queue, utc(start), agent);
		List<Long> matching = read(agent == null ? QUEUE_VIEW : AGENT_VIEW,
				() -> jdbc.sql(sql).params(params).query(Long.class).list());
		return !matching.isEmpty() && matching.get(0) > 0;
	}

	/**
	 * Runs {@code query} in a savepoint of the caller's transaction, if there is one, because a
	 * failed statement would otherwise abort the whole transaction (a prompt's answer, say).
	 */
	private <T> List<T> read(String view, Supplier<List<T>> query) {
		try {
			List<T> rows = savepoint.execute(status -> query.get());
			unreadableViews.remove(view);
			return rows;
		}
		catch (DataAccessException ex) {
			if (unreadableViews.add(view)) {
				log.warn("Cannot read {} (is interaction-manager migrated?); offering no slots from it: {}", view,
						ex.getMostSpecificCause().getMessage());
			}
			return List.of();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
