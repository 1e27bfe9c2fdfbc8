package org.reachback.interaction.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slots bookings are counted against: a queue's ({@code callback_slot}) and an agent's own
 * ({@code agent_slot}). Bookings lock the queue's slot, then the agent's, always in that order.
 */
@Repository
class SlotRepository {

	private static final String FREE_QUEUE_SLOT = """
			s.capacity > (select count(*) from callback_booking b
			              where b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end
			                and b.callback_id <> :callback)""";

	private static final String FREE_AGENT_SLOT_JOIN = """
			join agent_slot a on a.queue = s.queue and a.agent_id = :agent
			 and a.slot_start < s.slot_end and a.slot_end > s.slot_start""";

	private static final String FREE_AGENT_SLOT = """
			and a.capacity > (select count(*) from callback_booking b
			                  where b.agent_id = a.agent_id and b.queue = a.queue and b.due_at >= a.slot_start
			                    and b.due_at < a.slot_end and b.callback_id <> :callback)""";

	private final JdbcClient jdbc;

	SlotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for a regeneration of the slots under way to commit (it holds the same key exclusively),
	 * so that the slot looked up next is the current one, not one about to be replaced. Bookings share
	 * the key and never wait for each other on it.
	 */
	void awaitSlotsSettled() {
		jdbc.sql("select pg_advisory_xact_lock_shared(hashtext('interaction.callback_slot'))").query().listOfRows();
	}

	/** The queue's slot containing {@code at}, locked until the transaction ends. */
	Optional<Capacity> lockQueueSlot(String queue, Instant at) {
		return lockSlot("callback_slot", "queue = :queue", queue, null, at);
	}

	/** The agent's own slot of the queue containing {@code at}, locked until the transaction ends. */
	Optional<Capacity> lockAgentSlot(String agentId, String queue, Instant at) {
		return lockSlot("agent_slot", "agent_id = :agent and queue = :queue", queue, agentId, at);
	}

	private Optional<Capacity> lockSlot(String table, String owner, String queue, String agentId, Instant at) {
		return jdbc.sql("""
				select slot_start, slot_end, capacity from %s
				where %s and slot_start <= :at and slot_end > :at
				order by slot_start limit 1 for update""".formatted(table, owner))
			.param("queue", queue)
			.param("agent", agentId)
			.param("at", Timestamp.from(at))
			.query(Capacity.class)
			.optional();
	}

	/** Starts of the queue's slots with room left, not yet started, nearest to {@code near} first. */
	List<Instant> nearestFree(String queue, Instant near, Instant now, UUID callbackId, int limit) {
		return nearestFree("", "", null, queue, near, now, callbackId, limit);
	}

	/** Like {@link #nearestFree}, but only slots where the agent's own time has room left too. */
	List<Instant> nearestFreeOfAgent(String agentId, String queue, Instant near, Instant now, UUID callbackId,
			int limit) {
		return nearestFree(FREE_AGENT_SLOT_JOIN, FREE_AGENT_SLOT, agentId, queue, near, now, callbackId, limit);
	}

	private List<Instant> nearestFree(String join, String agentHasRoom, String agentId, String queue, Instant near,
			Instant now, UUID callbackId, int limit) {
		return jdbc.sql("""
				select s.slot_start from callback_slot s %s
				where s.queue = :queue and s.slot_start > :now %s and %s
				order by abs(extract(epoch from s.slot_start - :near)), s.slot_start limit :limit"""
			.formatted(join, agentHasRoom, FREE_QUEUE_SLOT))
			.param("agent", agentId)
			.param("queue", queue)
			.param("now", Timestamp.from(now))
			.param("near", Timestamp.from(near))
			.param("callback", callbackId)
			.param("limit", limit)
			.query(Instant.class)
			.list();
	}

	/** A slot and how many callbacks fit in it. */
	record Capacity(Instant slotStart, Instant slotEnd, int capacity) {
	}

}
