package org.reachback.interaction.queue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts what makes up a queue's status from this service's tables, and stores the result. */
@Repository
public class QueueStatusRepository {

	private final JdbcClient jdbc;

	QueueStatusRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	QueueStatus compute(String queue, Duration averageHandleTime, Instant now) {
		Counts counts = jdbc.sql("""
				select
				  (select count(*) from agent where :queue = any(skills) and state <> 'OFFLINE') as staffed,
				  (select count(*) from agent a where :queue = any(a.skills) and a.state = 'AVAILABLE'
				     and not exists (select 1 from offer o where o.agent_id = a.id and o.status in ('OPEN', 'ACCEPTED'))) as available,
				  (select count(*) from platform_interaction where queue = :queue and status = 'WAITING') as waiting,
				  (select count(*) from platform_interaction where queue = :queue and status = 'ANSWERED') as answered,
				  (select count(*) from platform_interaction where queue = :queue and status = 'ABANDONED') as abandoned,
				  (select count(*) from queued_callback where queue = :queue and status = 'WAITING') as pending""")
			.param("queue", queue)
			.query(Counts.class)
			.single();
		return new QueueStatus(queue, counts.staffed(), counts.available(), counts.waiting(), counts.answered(),
				counts.abandoned(), counts.pending(), EstimatedWait.seconds(counts.staffed(), counts.available(),
						counts.waiting(), counts.pending(), averageHandleTime),
				now);
	}

	void save(QueueStatus status) {
		jdbc.sql("""
				insert into queue_status (queue, agents_staffed, agents_available, interactions_waiting,
				  interactions_answered, interactions_abandoned, callbacks_pending, estimated_wait_seconds, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (queue) do update set agents_staffed = excluded.agents_staffed,
				  agents_available = excluded.agents_available, interactions_waiting = excluded.interactions_waiting,
				  interactions_answered = excluded.interactions_answered,
				  interactions_abandoned = excluded.interactions_abandoned,
				  callbacks_pending = excluded.callbacks_pending,
				  estimated_wait_seconds = excluded.estimated_wait_seconds, updated_at = excluded.updated_at""")
			.params(status.queue(), status.agentsStaffed(), status.agentsAvailable(), status.interactionsWaiting(),
					status.interactionsAnswered(), status.interactionsAbandoned(), status.callbacksPending(),
					status.estimatedWaitSeconds(), Timestamp.from(status.updatedAt()))
			.update();
	}

	public List<QueueStatus> findAll() {
		return jdbc.sql("select * from queue_status order by queue").query(QueueStatus.class).list();
	}

	/** Serialises refreshes across threads and instances, so the last one to commit saw every change. */
	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('interaction.queue_status'))").query().listOfRows();
	}

	record Counts(int staffed, int available, int waiting, int answered, int abandoned, int pending) {
	}

}
