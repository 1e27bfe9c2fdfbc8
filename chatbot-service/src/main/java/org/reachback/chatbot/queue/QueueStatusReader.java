package org.reachback.chatbot.queue;

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
 * Reads a queue's outlook from the two views interaction-manager owns. The views are a contract
 * between services, not this service's tables: a missing row means "unknown", and a missing view
 * (interaction-manager not migrated yet) is logged once and also means "unknown" — a prompt is
 * never lost because the contact centre's state cannot be read.
 */
@Component
public class QueueStatusReader {

	/** How many slots a prompt shows at most. */
	static final int MAX_SLOTS = 6;

	private static final Logger log = LoggerFactory.getLogger(QueueStatusReader.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final Set<String> unreadableViews = ConcurrentHashMap.newKeySet();

	QueueStatusReader(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	public QueueOutlook outlook(String queue) {
		Integer wait = read("interaction.queue_status_view", () -> estimatedWait(queue), null);
		List<Instant> slots = read("interaction.callback_availability_view", () -> freeSlots(queue), List.of());
		return new QueueOutlook(wait, slots);
	}

	private Integer estimatedWait(String queue) {
		return jdbc.sql("""
				select estimated_wait_seconds from interaction.queue_status_view
				where queue = ? order by updated_at desc limit 1""")
			.param(queue)
			.query((rs, row) -> (Integer) rs.getObject("estimated_wait_seconds"))
			.optional()
			.orElse(null);
	}

	private List<Instant> freeSlots(String queue) {
		return jdbc.sql("""
				select slot_start from interaction.callback_availability_view
				where queue = ? and remaining > 0 and slot_start > ?
				order by slot_start limit ?""")
			.params(queue, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), MAX_SLOTS)
			.query((rs, row) -> rs.getObject("slot_start", OffsetDateTime.class).toInstant())
			.list();
	}

	/**
	 * Runs {@code query} in a savepoint of the caller's transaction, because a failed statement
	 * would otherwise abort the whole transaction and with it the message being handled.
	 */
	private <T> T read(String view, Supplier<T> query, T unknown) {
		try {
			T value = savepoint.execute(status -> query.get());
			unreadableViews.remove(view);
			return value;
		}
		catch (DataAccessException ex) {
			if (unreadableViews.add(view)) {
				log.warn("Cannot read {} (is interaction-manager migrated?); showing callback prompts without wait or slots: {}",
						view, ex.getMostSpecificCause().getMessage());
			}
			return unknown;
		}
	}

}
