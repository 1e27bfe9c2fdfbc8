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
 * <p>
 * Several instances of a service relay the same table. Every aggregate's rows fall in one of 16
 * relay partitions (a column computed from topic and key), and a batch holds only rows of the
 * partitions whose transaction-scoped advisory lock this relay took, so no two relays ever send
 * one aggregate's events at once. A run that found rows in a partition another relay holds tries
 * again after {@link #CONTENDED_RETRY}: that relay selected its batch before those rows were
 * written, so it may not send them.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	/** How many relay partitions the outbox table computes ({@code V0_3__outbox_relay_partitions.sql}). */
	private static final int PARTITIONS = 16;

	private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(10);

	/** How soon a run that met a partition another relay holds tries again. */
	static final Duration CONTENDED_RETRY = Duration.ofMillis(10);

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
			Batch batch;
			do {
				batch = transactions.execute(status -> publishBatch());
			}
			while (batch != null && batch.acknowledged() == BATCH);
			ScheduledExecutorService running = thread;
			if (batch != null && batch.contended() && running != null) {
				running.schedule(this::wakeUp, CONTENDED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay run failed; will retry", ex);
		}
	}

	/**
	 * Takes the partitions it can of those with rows waiting, sends a batch of their rows wave by
	 * wave and deletes the rows the broker acknowledged. The locks are taken in a statement of their
	 * own, so that the batch is read after another relay that held a partition committed its deletes.
	 * The partitions with rows are found by one probe of the partition index each: a scan of the
	 * table, which under load holds many more dead rows than live ones, was the most expensive
	 * statement of a chat reply (docs/performance.md).
	 */
	private Batch publishBatch() {
		List<Partition> partitions = jdbc.sql("""
				select partition, pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'), partition) as taken
				from generate_series(0, ? - 1) as partition
				where exists (select 1 from outbox_event where relay_partition = partition)""")
			.param(PARTITIONS)
			.query(Partition.class)
			.list();
		Integer[] taken = partitions.stream().filter(Partition::taken).map(Partition::partition).toArray(Integer[]::new);
		boolean contended = taken.length < partitions.size();
		if (taken.length == 0) {
			return new Batch(0, contended);
		}
		List<Row> rows = jdbc.sql("""
				select id, event_id, topic, message_key, event_type, event_version, payload
				from outbox_event where relay_partition = any(?) order by id limit ? for update""")
			.params(taken, BATCH)
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
		return new Batch(acknowledged.size(), contended);
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

	/** A relay partition with rows waiting, and whether this relay took it. */
	record Partition(int partition, boolean taken) {

	}

	/**
	 * @param acknowledged how many rows went out: {@value #BATCH} only when the batch was full and
	 * every row of it was acknowledged, so {@link #relay()} stops after a failure and goes on while
	 * rows are waiting
	 * @param contended whether another relay held a partition with rows waiting
	 */
	private record Batch(int acknowledged, boolean contended) {

	}

	/** Whose events must reach consumers in order: one message key of one topic. */
	private record Aggregate(String topic, String key) {

	}

}
