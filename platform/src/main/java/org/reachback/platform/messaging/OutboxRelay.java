package org.reachback.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.reachback.events.EventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in the order they were written and deletes each once the broker
 * acknowledged it. It runs on one thread, so rows of one aggregate are never sent out of order: on a
 * fixed interval, and at once when a transaction that wrote to the outbox commits ({@link #wakeUp()}).
 * A crash between send and delete re-sends the event on restart; consumers are idempotent, so
 * at-least-once delivery never becomes a duplicate effect.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transactions;

	private final Duration pollInterval;

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private ScheduledExecutorService thread;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
			Duration pollInterval) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transactions = transactions;
		this.pollInterval = pollInterval;
	}

	/** Asks for a relay run as soon as the relay thread is free; repeated calls meanwhile coalesce. */
	public void wakeUp() {
		ScheduledExecutorService running = thread;
		if (running != null && wakeUpPending.compareAndSet(false, true)) {
			running.execute(() -> {
				wakeUpPending.set(false);
				relay();
			});
		}
	}

	void relay() {
		try {
			Integer sent;
			do {
				sent = transactions.execute(status -> publishBatch());
			}
			while (sent != null && sent == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay run failed; will retry", ex);
		}
	}

	/** Sends a batch without waiting between records, then deletes the rows the broker acknowledged. */
	private int publishBatch() {
		List<Row> rows = jdbc.sql("""
				select id, event_id, topic, message_key, event_type, event_version, payload
				from outbox_event order by id limit ? for update skip locked""")
			.param(BATCH)
			.query(Row.class)
			.list();
		List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(rows.size());
		rows.forEach(row -> sends.add(kafka.send(row.toRecord())));
		int sent = 0;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			try {
				sends.get(i).get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				log.warn("Outbox relay could not publish {} {} to {}; will retry", row.eventType(), row.eventId(),
						row.topic(), ex);
				break;
			}
			jdbc.sql("delete from outbox_event where id = ?").param(row.id()).update();
			sent++;
		}
		return sent;
	}

	@Override
	public void start() {
		thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread relayThread = new Thread(runnable, "outbox-relay");
			relayThread.setDaemon(true);
			return relayThread;
		});
		thread.scheduleWithFixedDelay(this::relay, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = thread;
		thread = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	record Row(long id, UUID eventId, String topic, String messageKey, String eventType, int eventVersion,
			String payload) {

		ProducerRecord<String, String> toRecord() {
			return EventRecords.toRecord(topic, messageKey, eventType, eventVersion, eventId, payload);
		}

	}

}
