package org.reachback.interaction.dispatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts, live, what {@link InboundPriority} weighs: staffed agents, inbound customers waiting, callbacks occupying agents. */
@Repository
class QueueLoadRepository {

	private final JdbcClient jdbc;

	QueueLoadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	InboundPriority.Load of(String queue, double maxCallbackShare) {
		Counts counts = jdbc.sql("""
				select
				  (select count(*) from agent where :queue = any(skills) and state <> 'OFFLINE') as staffed,
				  (select count(*) from platform_interaction where queue = :queue and status = 'WAITING') as inbound_waiting,
				  (select count(*) from offer o join queued_callback c on c.callback_id = o.callback_id
				   where c.queue = :queue and o.status in ('OPEN', 'ACCEPTED')) as occupying""")
			.param("queue", queue)
			.query(Counts.class)
			.single();
		return new InboundPriority.Load(queue, counts.staffed(), counts.inboundWaiting(), counts.occupying(),
				maxCallbackShare);
	}

	record Counts(int staffed, int inboundWaiting, int occupying) {
	}

}
