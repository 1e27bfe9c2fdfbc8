package org.reachback.platform.messaging;

import java.util.Collection;

import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records events to publish in the caller's database transaction, so the business change and its
 * events commit or roll back together. {@link OutboxRelay} sends them to Kafka afterwards, woken as
 * soon as the transaction commits.
 * <p>
 * Each event is also announced inside the process as a Spring application event, so that one
 * component per service derives its business metrics from what it commits
 * ({@code @TransactionalEventListener void on(ChatStarted event)}) instead of counting in domain code.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	private final OutboxRelay relay;

	private final ApplicationEventPublisher announcements;

	public Outbox(JdbcClient jdbc, EventCodec codec, OutboxRelay relay, ApplicationEventPublisher announcements) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.relay = relay;
		this.announcements = announcements;
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
		announcements.publishEvent(event);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					relay.wakeUp();
				}
			});
		}
	}

	/**
	 * Deletes the events not yet relayed that are keyed by one of {@code aggregates} (chat,
	 * callback or session ids): an erasure's, whose payloads hold the customer's data. An event the
	 * relay is sending right now is waited for (it holds the row); once sent it is gone anyway.
	 * @return how many there were
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int discard(Collection<?> aggregates) {
		return jdbc.sql("delete from outbox_event where message_key = any(?)")
			.param(aggregates.stream().map(Object::toString).distinct().toArray(String[]::new))
			.update();
	}

}
