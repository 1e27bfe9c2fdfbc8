package org.reachback.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.EventHeaders;
import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay's order per aggregate when the broker fails partway through a batch. The broker is a
 * {@link MockProducer} that acknowledges nothing by itself: each test answers every send, one by one
 * and in the order they were sent, from its own thread while the relay runs on another, so that a
 * send can fail between two that succeed, as a broker failing partway does. The outbox is the real
 * table in the JVM's shared PostgreSQL, in a schema of this class; no Spring context is involved.
 */
class OutboxRelayOrderTests {

	private static final String SCHEMA = "outbox_relay_order";

	private static final String TOPIC = "reachback.test.order";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static LocalPostgres postgres;

	private static JdbcClient jdbc;

	private static TransactionTemplate transactions;

	private final ExecutorService relayThread = Executors.newSingleThreadExecutor();

	@BeforeAll
	static void createTheOutbox() {
		postgres = LocalPostgres.shared();
		postgres.retain();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				postgres.jdbcUrl() + "?currentSchema=" + SCHEMA, postgres.username(), postgres.password());
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.locations("classpath:db/platform")
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void releaseTheDatabase() {
		postgres.release();
	}

	@BeforeEach
	void emptyTheOutbox() {
		jdbc.sql("delete from outbox_event").update();
	}

	@AfterEach
	void stopTheRelayThread() throws InterruptedException {
		relayThread.shutdownNow();
		assertThat(relayThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aFailedSendHoldsBackTheLaterEventsOfItsAggregateButNotThoseOfOthers() {
		MockProducer<String, String> broker = broker(false);
		OutboxRelay relay = relay(broker);
		UUID a1 = write("a");
		UUID b1 = write("b");
		UUID a2 = write("a");
		UUID c1 = write("c");

		CompletableFuture<Void> firstRun = CompletableFuture.runAsync(relay::relay, relayThread);
		await().atMost(WAIT).until(() -> broker.history().size() == 3);
		assertThat(eventIds(broker.history())).containsExactly(a1, b1, c1);
		broker.errorNext(new NotLeaderOrFollowerException("the partition's leader moved"));
		broker.completeNext();
		broker.completeNext();
		firstRun.join();

		assertThat(eventIds(broker.history())).containsExactly(a1, b1, c1).doesNotContain(a2);
		assertThat(waiting()).containsExactly(a1, a2);

		CompletableFuture<Void> secondRun = CompletableFuture.runAsync(relay::relay, relayThread);
		await().atMost(WAIT).until(() -> broker.history().size() == 4);
		assertThat(eventIds(broker.history()).get(3)).isEqualTo(a1);
		broker.completeNext();
		await().atMost(WAIT).until(() -> broker.history().size() == 5);
		broker.completeNext();
		secondRun.join();

		List<UUID> sentForA = eventIds(broker.history().stream().filter(record -> "a".equals(record.key())).toList());
		assertThat(sentForA).containsExactly(a1, a1, a2);
		assertThat(waiting()).isEmpty();
	}

	@Test
	void whenEverythingGoesOutEveryRowIsDeletedAndEachAggregateKeepsItsOrderAcrossFullBatches() {
		MockProducer<String, String> broker = broker(true);
		Map<String, List<UUID>> written = new LinkedHashMap<>();
		// more than one batch, so the relay must go on after a full one; uneven keys make waves of every size
		for (int i = 0; i < 250; i++) {
			String key = "k" + (i % 3 == 0 ? 0 : i % 7);
			written.computeIfAbsent(key, k -> new ArrayList<>()).add(write(key));
		}

		relay(broker).relay();

		assertThat(waiting()).isEmpty();
		assertThat(broker.history()).hasSize(250);
		written.forEach((key, events) -> assertThat(
				eventIds(broker.history().stream().filter(record -> key.equals(record.key())).toList()))
			.as("events of key %s", key)
			.containsExactlyElementsOf(events));
	}

	@Test
	void aBatchWithAFailedSendEndsTheRunSoTheRowsAfterItWaitForTheNext() {
		MockProducer<String, String> broker = broker(false);
		List<UUID> written = new ArrayList<>();
		written.add(write("failing"));
		for (int i = 1; i < 130; i++) {
			written.add(write("k" + i % 4));
		}

		CompletableFuture<Void> run = CompletableFuture.runAsync(relay(broker)::relay, relayThread);
		answerUntilDone(broker, run, record -> "failing".equals(record.key()));

		// the first batch (100 rows) went out but for its failed row; the next 30 were not even selected
		assertThat(broker.history()).hasSize(100);
		List<UUID> expected = new ArrayList<>(written.subList(100, 130));
		expected.add(0, written.get(0));
		assertThat(waiting()).containsExactlyElementsOf(expected);
	}

	/**
	 * Two instances of a service relay one table, with a backlog waiting and events still being
	 * written: each aggregate's events still reach the broker once each and in the order they were
	 * written. Both relays' sends are recorded in one list as they are handed to the producer, which
	 * takes a moment per send, as a broker does, and then acknowledges; the list is the order the
	 * broker receives them in. (Before the relay partitions, two relays each taking a batch
	 * {@code FOR UPDATE SKIP LOCKED} sent the same aggregates' events from both batches at once.)
	 */
	@Test
	void twoRelaysOnOneTableSendEachAggregatesEventsOnceAndInOrder() throws Exception {
		List<ProducerRecord<String, String>> received = Collections.synchronizedList(new ArrayList<>());
		OutboxRelay first = relay(recordingBroker(received));
		OutboxRelay second = relay(recordingBroker(received));
		Map<String, List<UUID>> written = new LinkedHashMap<>();
		for (int i = 0; i < 1_500; i++) {
			if (i == 1_000) {
				// the rest is written while both relay
				startRelaying(first, second);
			}
			String key = "k" + i % 40;
			written.computeIfAbsent(key, k -> new ArrayList<>()).add(write(key));
		}
		stopRelaying();

		assertThat(waiting()).isEmpty();
		assertThat(received).hasSize(1_500);
		written.forEach((key, events) -> assertThat(
				eventIds(received.stream().filter(record -> key.equals(record.key())).toList()))
			.as("events of key %s", key)
			.containsExactlyElementsOf(events));
	}

	private final ExecutorService relays = Executors.newFixedThreadPool(2);

	private final AtomicBoolean writing = new AtomicBoolean();

	private List<Future<?>> relaying = List.of();

	private void startRelaying(OutboxRelay... instances) {
		writing.set(true);
		relaying = Arrays.stream(instances).<Future<?>>map(relay -> relays.submit(() -> keepRelaying(relay, writing)))
			.toList();
	}

	private void stopRelaying() throws Exception {
		writing.set(false);
		try {
			for (Future<?> relay : relaying) {
				relay.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			relays.shutdownNow();
		}
	}

	/** Runs the relay again and again while events are written, and once more after the last. */
	private static void keepRelaying(OutboxRelay relay, AtomicBoolean writing) {
		while (writing.get()) {
			relay.relay();
		}
		relay.relay();
		// a run that met the other relay's partition leaves its rows to a retry; the test has no retry thread
		while (!waiting().isEmpty()) {
			relay.relay();
		}
	}

	/** A broker that acknowledges at once and adds every record to {@code received} as it is sent. */
	private static MockProducer<String, String> recordingBroker(List<ProducerRecord<String, String>> received) {
		return new MockProducer<>(true, null, new StringSerializer(), new StringSerializer()) {

			@Override
			public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
				received.add(record);
				LockSupport.parkNanos(200_000);
				return super.send(record, callback);
			}

			@Override
			public void close(Duration timeout) {
			}

		};
	}

	/**
	 * Answers every send as the broker would, in the order they were sent, failing those
	 * {@code failing} picks, until the relay run is over.
	 */
	private static void answerUntilDone(MockProducer<String, String> broker, CompletableFuture<Void> run,
			Predicate<ProducerRecord<String, String>> failing) {
		int[] answered = { 0 };
		await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> {
			List<ProducerRecord<String, String>> sent = broker.history();
			for (; answered[0] < sent.size(); answered[0]++) {
				if (failing.test(sent.get(answered[0]))) {
					broker.errorNext(new NotLeaderOrFollowerException("the partition's leader moved"));
				}
				else {
					broker.completeNext();
				}
			}
			return run.isDone();
		});
		run.join();
	}

	/** A broker that answers at once when {@code autoComplete}, else only when the test says. */
	private static MockProducer<String, String> broker(boolean autoComplete) {
		return new MockProducer<>(autoComplete, null, new StringSerializer(), new StringSerializer()) {

			/** The template closes its producer after every send; this one must outlive them. */
			@Override
			public void close(Duration timeout) {
			}

		};
	}

	private static OutboxRelay relay(MockProducer<String, String> broker) {
		KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> broker));
		return new OutboxRelay(jdbc, kafka, transactions, Duration.ofHours(1));
	}

	private static UUID write(String key) {
		UUID eventId = UUID.randomUUID();
		jdbc.sql("""
				insert into outbox_event (event_id, topic, message_key, event_type, event_version, payload)
				values (?, ?, ?, 'OrderTestEvent', 1, '{}')""")
			.params(eventId, TOPIC, key)
			.update();
		return eventId;
	}

	/** The events still in the outbox, in id order. */
	private static List<UUID> waiting() {
		return jdbc.sql("select event_id from outbox_event order by id").query(UUID.class).list();
	}

	private static List<UUID> eventIds(List<ProducerRecord<String, String>> records) {
		return records.stream()
			.map(record -> UUID.fromString(new String(record.headers().lastHeader(EventHeaders.ID).value(), UTF_8)))
			.toList();
	}

}
