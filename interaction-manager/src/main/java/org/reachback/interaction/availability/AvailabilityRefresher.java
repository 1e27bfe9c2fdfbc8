package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.reachback.interaction.queue.QueueProperties;
import org.reachback.interaction.queue.QueueSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regenerates each queue's slots for its horizon with their capacity. Bookings are counted live by
 * {@code callback_availability_view}, so a booking shows at once without a refresh.
 */
@Service
public class AvailabilityRefresher {

	private final JdbcClient jdbc;

	private final QueueProperties queues;

	private final Clock clock;

	AvailabilityRefresher(JdbcClient jdbc, QueueProperties queues, Clock clock) {
		this.jdbc = jdbc;
		this.queues = queues;
		this.clock = clock;
	}

	@Transactional
	public void refresh() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('interaction.callback_slot'))").query().listOfRows();
		Instant now = clock.instant();
		jdbc.sql("delete from callback_slot").update();
		for (String queue : queues.names()) {
			QueueSettings settings = queues.settings(queue);
			int capacity = SlotPlanner.capacity(staffed(queue), settings.slotLength(), settings.averageHandleTime());
			List<Slot> slots = SlotPlanner.slots(settings.businessHours(), settings.slotLength(), now,
					now.plus(settings.horizon()));
			jdbc.sql("""
					insert into callback_slot (queue, slot_start, slot_end, capacity)
					select ?, cast(s as timestamptz), cast(e as timestamptz), ?
					from unnest(cast(? as text[]), cast(? as text[])) as slot(s, e)""")
				.params(queue, capacity, slots.stream().map(slot -> slot.start().toString()).toArray(String[]::new),
						slots.stream().map(slot -> slot.end().toString()).toArray(String[]::new))
				.update();
		}
	}

	private int staffed(String queue) {
		return jdbc.sql("select count(*) from agent where ? = any(skills) and state <> 'OFFLINE'")
			.param(queue)
			.query(Integer.class)
			.single();
	}

}
