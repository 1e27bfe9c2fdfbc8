package org.reachback.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * acknowledged it: on a fixed interval, and at once when a transaction that wrote to the outbox
 * commits ({@link #wakeUp()}). A crash between send and delete re-sends the event on restart;
 * consumers are idempotent, so at-least-once delivery never becomes a duplicate effect.
 * <p>
 * Order is kept per aggregate (one topic and message key). A batch goes out in waves: a row is in
 * wave n when n earlier rows of the batch belong to its aggregate, so a wave holds at most one row
 * of each aggregate. Every row of a wave is sent without waiting, which keeps different aggregates
 * concurrent, and the next wave starts only once the broker has answered for the whole wave.
 * Sending a whole batch at once is not enough: when the broker fails partway through, a later event
 * of an aggregate may be acknowledged while an earlier one failed (the idempotent producer does not
 * fail the records after a failed one once it bumps its epoch), and the retry would then deliver
 * the earlier event after the later one. So once a row's send fails, its aggregate is blocked for
 * the rest of the run; its remaining rows stay in the table and go out, in id order after the
 * failed one, on the next run.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(10);

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

	/**
	 * Sends a batch wave by wave and deletes the rows the broker acknowledged.
	 * @return how many rows were acknowledged: {@value #BATCH} only when the batch was full and every
	 * row of it went out, so {@link #relay()} stops after a failure and goes on while rows are waiting
	 */
	private int publishBatch() {
		List<Row> rows = jdbc.sql("""
				select id, event_id, topic, message_key, event_type, event_version, payload
				from outbox_event order by id limit ? for update skip locked""")
			.param(BATCH)
			.query(Row.class)
			.list();
		Set<Aggregate> blocked = new HashSet<>();
		List<Long> acknowledged = new ArrayList<>(rows.size());
		for (List<Row> wave : waves(rows)) {
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
			List<Row> sending = wave.stream().filter(row -> !blocked.contains(row.aggregate())).toList();
			List<CompletableFuture<SendResult<String, String>>> sends = sending.stream().map(this::send).toList();
			// one deadline for the wave, so that a broker outage costs one wait, not one per row
			long deadline = System.nanoTime() + ACKNOWLEDGEMENT_TIMEOUT.toNanos();
			for (int i = 0; i < sending.size(); i++) {
				Row row = sending.get(i);
				try {
					sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
					acknowledged.add(row.id());
				}
				catch (InterruptedException | ExecutionException | TimeoutException ex) {
					if (ex instanceof InterruptedException) {
						Thread.currentThread().interrupt();
					}
					blocked.add(row.aggregate());
					log.warn("Outbox relay could not publish {} {} to {}; will retry", row.eventType(), row.eventId(),
							row.topic(), ex);
				}
			}
		}
		if (!acknowledged.isEmpty()) {
			jdbc.sql("delete from outbox_event where id = any(?)").param(acknowledged.toArray(Long[]::new)).update();
		}
		return acknowledged.size();
	}

	/** The batch's rows by wave: a row is in wave n when n earlier rows belong to its aggregate. */
	private static List<List<Row>> waves(List<Row> rows) {
		Map<Aggregate, Integer> earlier = new HashMap<>();
		List<List<Row>> waves = new ArrayList<>();
		for (Row row : rows) {
			int wave = earlier.merge(row.aggregate(), 1, Integer::sum) - 1;
			if (wave == waves.size()) {
				waves.add(new ArrayList<>());
			}
			waves.get(wave).add(row);
		}
		return waves;
	}

	/** A send that fails before it reaches the producer's buffer fails like one the broker refused. */
	private CompletableFuture<SendResult<String, String>> send(Row row) {
		try {
			return kafka.send(row.toRecord());
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
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

		Aggregate aggregate() {
			return new Aggregate(topic, messageKey);
		}

		ProducerRecord<String, String> toRecord() {
			return EventRecords.toRecord(topic, messageKey, eventType, eventVersion, eventId, payload);
		}

	}

	/** Whose events must reach consumers in order: one message key of one topic. */
	private record Aggregate(String topic, String key) {

	}

}
