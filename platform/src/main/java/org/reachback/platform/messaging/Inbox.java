package org.reachback.platform.messaging;

import org.reachback.events.DomainEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes consumers idempotent: a consumer records each event it processes in the same transaction
 * as the side effect, and skips an event it has seen before (Kafka delivers at least once).
 */
public class Inbox {

	private final JdbcClient jdbc;

	public Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that {@code consumer} processes {@code event} now.
	 * @return {@code false} if it already did, in which case the caller must do nothing
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(String consumer, DomainEvent event) {
		return jdbc.sql("""
				insert into processed_event (consumer, event_id) values (?, ?)
				on conflict do nothing""").params(consumer, event.eventId()).update() == 1;
	}

}
