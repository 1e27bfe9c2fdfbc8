package org.reachback.platform.messaging;

import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records events to publish in the caller's database transaction, so the business change and its
 * events commit or roll back together. {@link OutboxRelay} sends them to Kafka afterwards, woken as
 * soon as the transaction commits.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	private final OutboxRelay relay;

	public Outbox(JdbcClient jdbc, EventCodec codec, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.relay = relay;
	}

	/** Queues {@code event} for {@code topic}, keyed by its aggregate id. Needs a transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		jdbc.sql("""
				insert into outbox_event (event_id, topic, message_key, event_type, event_version, payload)
				values (?, ?, ?, ?, ?, ?)""")
			.params(event.eventId(), topic, event.aggregateId(), encoded.type(), encoded.version(), encoded.payload())
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					relay.wakeUp();
				}
			});
		}
	}

}
