package org.reachback.chatbot.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts rows into the contract fixture's stand-ins for interaction-manager's queue status, callback
 * availability and agent availability views ({@code contract/interaction-views-contract-fixture.sql}).
 */
public final class QueueFixture {

	private final JdbcClient jdbc;

	public QueueFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void clear(String queue) {
		jdbc.sql("delete from interaction.queue_status_view where queue = ?").param(queue).update();
		jdbc.sql("delete from interaction.callback_availability_view where queue = ?").param(queue).update();
		jdbc.sql("delete from interaction.agent_availability_view where queue = ?").param(queue).update();
	}

	public void status(String queue, Integer estimatedWaitSeconds) {
		jdbc.sql("""
				insert into interaction.queue_status_view (queue, agents_staffed, agents_available, interactions_waiting,
				                                           callbacks_pending, estimated_wait_seconds, updated_at)
				values (?, 3, 0, 4, 2, ?, now())""")
			.params(queue, estimatedWaitSeconds)
			.update();
	}

	public void slot(String queue, Instant start, int capacity, int booked) {
		jdbc.sql("""
				insert into interaction.callback_availability_view (queue, slot_start, slot_end, capacity, booked, remaining)
				values (?, ?, ?, ?, ?, ?)""")
			.params(queue, utc(start), utc(start.plus(Duration.ofMinutes(30))), capacity, booked, capacity - booked)
			.update();
	}

	/** A 30-minute slot of {@code agentId}'s own time in {@code queue}. */
	public void agentSlot(String queue, String agentId, String agentName, Instant start, int capacity, int booked) {
		jdbc.sql("""
				insert into interaction.agent_availability_view (queue, agent_id, agent_name, slot_start, slot_end,
				                                                 capacity, booked, remaining)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(queue, agentId, agentName, utc(start), utc(start.plus(Duration.ofMinutes(30))), capacity, booked,
					capacity - booked)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
