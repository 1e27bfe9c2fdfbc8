package org.reachback.interaction.availability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slot tables behind the availability views, {@code callback_slot} (a queue's) and
 * {@code agent_slot} (an agent's own). Regeneration updates only the rows whose capacity changed and
 * removes the slots no longer offered, so a slot a booking has locked is touched only when its
 * figure really moves.
 */
@Repository
class AvailabilityRepository {

	private final JdbcClient jdbc;

	AvailabilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for bookings under way (they hold the key shared) and keeps new ones out until the
	 * regeneration commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void lockForRegeneration() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('interaction.callback_slot'))").query().listOfRows();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void replaceQueueSlots(Map<String, List<SlotCapacity>> plan) {
		Rows rows = new Rows();
		plan.forEach((queue, slots) -> slots.forEach(slot -> rows.add(queue, null, slot.slot(), slot.capacity())));
		jdbc.sql("""
				delete from callback_slot c where not exists (
				  select 1 from unnest(cast(? as text[]), cast(? as text[])) as f(queue, s)
				  where f.queue = c.queue and cast(f.s as timestamptz) = c.slot_start)""")
			.params(rows.queues(), rows.starts())
			.update();
		jdbc.sql("""
				insert into callback_slot (queue, slot_start, slot_end, capacity)
				select queue, cast(s as timestamptz), cast(e as timestamptz), c
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[])) as f(queue, s, e, c)
				on conflict (queue, slot_start) do update set slot_end = excluded.slot_end, capacity = excluded.capacity
				where (callback_slot.slot_end, callback_slot.capacity) is distinct from (excluded.slot_end, excluded.capacity)""")
			.params(rows.queues(), rows.starts(), rows.ends(), rows.capacities())
			.update();
	}

	/** One row per agent, queue of theirs and slot in which they are rostered at all. */
	@Transactional(propagation = Propagation.MANDATORY)
	void replaceAgentSlots(Map<String, List<SlotCapacity>> plan) {
		Rows rows = new Rows();
		plan.forEach((queue, slots) -> slots.forEach(slot -> slot.agents()
			.forEach(agent -> rows.add(queue, agent.agentId(), slot.slot(), agent.capacity()))));
		jdbc.sql("""
				delete from agent_slot a where not exists (
				  select 1 from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as f(agent_id, queue, s)
				  where f.agent_id = a.agent_id and f.queue = a.queue and cast(f.s as timestamptz) = a.slot_start)""")
			.params(rows.agents(), rows.queues(), rows.starts())
			.update();
		jdbc.sql("""
				insert into agent_slot (agent_id, queue, slot_start, slot_end, capacity)
				select agent_id, queue, cast(s as timestamptz), cast(e as timestamptz), c
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]))
				  as f(agent_id, queue, s, e, c)
				on conflict (agent_id, queue, slot_start) do update set slot_end = excluded.slot_end, capacity = excluded.capacity
				where (agent_slot.slot_end, agent_slot.capacity) is distinct from (excluded.slot_end, excluded.capacity)""")
			.params(rows.agents(), rows.queues(), rows.starts(), rows.ends(), rows.capacities())
			.update();
	}

	/** The queue's slots starting before {@code until}, as {@code callback_availability_view} shows them. */
	List<SlotFigures> figures(String queue, Instant until) {
		return jdbc.sql("""
				select slot_start as start, slot_end as end, capacity, booked from callback_availability_view
				where queue = ? and slot_start < ? order by slot_start""")
			.params(queue, Timestamp.from(until))
			.query((rs, row) -> new SlotFigures(rs.getTimestamp("start").toInstant(), rs.getTimestamp("end").toInstant(),
					rs.getInt("capacity"), rs.getInt("booked"), null))
			.list();
	}

	/** Column arrays for one {@code unnest}. */
	private static final class Rows {

		private final List<String> agents = new ArrayList<>();

		private final List<String> queues = new ArrayList<>();

		private final List<String> starts = new ArrayList<>();

		private final List<String> ends = new ArrayList<>();

		private final List<Integer> capacities = new ArrayList<>();

		void add(String queue, String agentId, Slot slot, int capacity) {
			agents.add(agentId);
			queues.add(queue);
			starts.add(slot.start().toString());
			ends.add(slot.end().toString());
			capacities.add(capacity);
		}

		String[] agents() {
			return agents.toArray(String[]::new);
		}

		String[] queues() {
			return queues.toArray(String[]::new);
		}

		String[] starts() {
			return starts.toArray(String[]::new);
		}

		String[] ends() {
			return ends.toArray(String[]::new);
		}

		Integer[] capacities() {
			return capacities.toArray(Integer[]::new);
		}

	}

}
