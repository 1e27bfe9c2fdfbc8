package org.reachback.interaction.queue;

import java.sql.Timestamp;

import org.reachback.events.queue.InteractionAbandoned;
import org.reachback.events.queue.InteractionAnswered;
import org.reachback.events.queue.InteractionQueued;
import org.reachback.events.queue.QueueEvent;
import org.reachback.platform.messaging.Inbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows calls and chats through a platform's queues, one row per interaction: waiting when queued,
 * then answered or abandoned. An interaction that ended never counts as waiting again, even if its
 * queued event arrives late.
 */
@Service
public class QueueTraffic {

	static final String CONSUMER = "queue-traffic";

	private final JdbcClient jdbc;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	QueueTraffic(JdbcClient jdbc, Inbox inbox, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.events = events;
	}

	@Transactional
	public void record(QueueEvent event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		if (event instanceof InteractionQueued) {
			jdbc.sql("""
					insert into platform_interaction (interaction_id, queue, status, changed_at)
					values (?, ?, 'WAITING', ?) on conflict do nothing""")
				.params(event.interactionId(), event.queue(), Timestamp.from(event.occurredAt()))
				.update();
		}
		else if (event instanceof InteractionAnswered answered) {
			end(answered, "ANSWERED", answered.agentId());
		}
		else if (event instanceof InteractionAbandoned) {
			end(event, "ABANDONED", null);
		}
		events.publishEvent(QueuesChanged.work("queue " + event.queue()));
	}

	private void end(QueueEvent event, String status, String agentId) {
		jdbc.sql("""
				insert into platform_interaction (interaction_id, queue, status, agent_id, changed_at)
				values (?, ?, ?, ?, ?)
				on conflict (interaction_id) do update set status = excluded.status, agent_id = excluded.agent_id,
				  changed_at = excluded.changed_at""")
			.params(event.interactionId(), event.queue(), status, agentId, Timestamp.from(event.occurredAt()))
			.update();
	}

}
