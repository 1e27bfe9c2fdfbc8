package org.reachback.chatbot.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads a queue's outlook, its free slots nearest a requested time (or the first one from it) and
 * the agents with callback time from the three views interaction-manager owns. The views are a contract between services, not
 * this service's tables: a missing row means "unknown", and a missing view (interaction-manager not
 * migrated yet) is logged once and also means "unknown" (no wait, no slots, no agents) — a prompt is
 * never lost because the contact centre's state cannot be read.
 * <p>
 * "Nearest" orders slots by how far their start lies outside the requested span (zero inside it),
 * then by start, so that a span's own slots come first, earliest first.
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

	private static final String CALLBACK_AVAILABILITY = "interaction.callback_availability_view";

	private static final String AGENT_AVAILABILITY = "interaction.agent_availability_view";

	public QueueOutlook outlook(String queue) {
		Instant now = clock.instant();
		List<Instant> slots = freeSlotsNear(queue, now, now).stream().map(FreeSlot::start).toList();
		return new QueueOutlook(estimatedWait(queue), slots);
	}

	/** The queue's estimated wait; {@code null} when unknown. */
	public Integer estimatedWait(String queue) {
		return read("interaction.queue_status_view", () -> selectEstimatedWait(queue), null);
	}

	/** The queue's free slots nearest to the span {@code from}..{@code to}, at most {@link #MAX_SLOTS}. */
	public List<FreeSlot> freeSlotsNear(String queue, Instant from, Instant to) {
		return read(CALLBACK_AVAILABILITY, () -> jdbc.sql("""
				select queue, slot_start from interaction.callback_availability_view
				where queue = :queue and remaining > 0 and slot_start > :now
				order by greatest(extract(epoch from cast(:from as timestamptz) - slot_start),
				                  extract(epoch from slot_start - cast(:to as timestamptz)), 0), slot_start
				limit :limit""")
			.param("queue", queue)
			.params(near(from, to))
			.query((rs, row) -> new FreeSlot(rs.getString("queue"), start(rs), null))
			.list(), List.of());
	}

	/**
	 * The agent's own free slots nearest to the span, at most {@link #MAX_SLOTS}, all in one of
	 * {@code queues}: the one with the agent's nearest slot, {@code preferredQueue} when it has one
	 * as near (a callback is booked in one queue, and the agent's time counts once across them).
	 */
	public List<FreeSlot> agentFreeSlotsNear(String agentId, Collection<String> queues, String preferredQueue,
			Instant from, Instant to) {
		if (queues.isEmpty()) {
			return List.of();
		}
		return read(AGENT_AVAILABILITY, () -> jdbc.sql("""
				with nearest_queue as (
				    select queue from interaction.agent_availability_view
				    where agent_id = :agent and queue in (:queues) and remaining > 0 and slot_start > :now
				    order by greatest(extract(epoch from cast(:from as timestamptz) - slot_start),
				                      extract(epoch from slot_start - cast(:to as timestamptz)), 0),
				             queue = :preferred desc, slot_start, queue
				    limit 1)
				select queue, slot_start, agent_id from interaction.agent_availability_view
				where agent_id = :agent and queue = (select queue from nearest_queue) and remaining > 0
				  and slot_start > :now
				order by greatest(extract(epoch from cast(:from as timestamptz) - slot_start),
				                  extract(epoch from slot_start - cast(:to as timestamptz)), 0), slot_start
				limit :limit""")
			.param("agent", agentId)
			.param("queues", List.copyOf(queues))
			.param("preferred", preferredQueue)
			.params(near(from, to))
			.query((rs, row) -> new FreeSlot(rs.getString("queue"), start(rs), rs.getString("agent_id")))
			.list(), List.of());
	}

	/** The queue's earliest free slot starting at or after {@code from}; empty if none (or unknown). */
	public Optional<FreeSlot> firstFreeSlotFrom(String queue, Instant from) {
		return read(CALLBACK_AVAILABILITY, () -> jdbc.sql("""
				select queue, slot_start from interaction.callback_availability_view
				where queue = :queue and remaining > 0 and slot_start > :now and slot_start >= :from
				order by slot_start limit 1""")
			.param("queue", queue)
			.param("now", utc(clock.instant()))
			.param("from", utc(from))
			.query((rs, row) -> new FreeSlot(rs.getString("queue"), start(rs), null))
			.optional(), Optional.empty());
	}

	/** The agent's own earliest free slot in {@code queue} starting at or after {@code from}; empty if none. */
	public Optional<FreeSlot> agentFirstFreeSlotFrom(String agentId, String queue, Instant from) {
		return read(AGENT_AVAILABILITY, () -> jdbc.sql("""
				select queue, slot_start, agent_id from interaction.agent_availability_view
				where agent_id = :agent and queue = :queue and remaining > 0 and slot_start > :now
				  and slot_start >= :from
				order by slot_start limit 1""")
			.param("agent", agentId)
			.param("queue", queue)
			.param("now", utc(clock.instant()))
			.param("from", utc(from))
			.query((rs, row) -> new FreeSlot(rs.getString("queue"), start(rs), rs.getString("agent_id")))
			.optional(), Optional.empty());
	}

	/** Every agent with callback time in any of {@code queues}, each once. */
	public List<Agent> agents(Collection<String> queues) {
		if (queues.isEmpty()) {
			return List.of();
		}
		return read(AGENT_AVAILABILITY, () -> jdbc.sql("""
				select distinct on (agent_id) agent_id, agent_name from interaction.agent_availability_view
				where queue in (:queues) order by agent_id, slot_start desc""")
			.param("queues", List.copyOf(queues))
			.query((rs, row) -> new Agent(rs.getString("agent_id"), rs.getString("agent_name")))
			.list(), List.of());
	}

	private Map<String, Object> near(Instant from, Instant to) {
		return Map.of("now", utc(clock.instant()), "from", utc(from), "to", utc(to), "limit", MAX_SLOTS);
	}

	private static Instant start(ResultSet rs) throws SQLException {
		return rs.getObject("slot_start", OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private Integer selectEstimatedWait(String queue) {
		return jdbc.sql("""
				select estimated_wait_seconds from interaction.queue_status_view
				where queue = ? order by updated_at desc limit 1""")
			.param(queue)
			.query((rs, row) -> (Integer) rs.getObject("estimated_wait_seconds"))
			.optional()
			.orElse(null);
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
