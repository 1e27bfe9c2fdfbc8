package org.reachback.launcher.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.reachback.infra.LocalPostgres;

/**
 * What the suite's parts cost on their own, on the same broker and database the suite runs on,
 * with the suite's settings: the floors every suite figure is compared with. Each runs in the
 * open loop too, so a floor and a suite figure are measured the same way.
 */
final class Floors {

	/** About the size of one event as the outbox relay publishes it (sealed, in its envelope). */
	private static final String PAYLOAD = "x".repeat(600);

	/** Each floor runs this long unmeasured first: the driver's clients and the JIT warm up. */
	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private Floors() {
	}

	/**
	 * A produce → consume round trip: a producer with the suite's settings ({@code acks=all},
	 * idempotent, no linger) and a consumer polling as a listener does, one topic of
	 * one partition; latency from each record's due time to its arrival at the consumer, and a
	 * record that has not arrived 10 s after the last was sent is an error.
	 */
	static Latencies.Summary kafka(String bootstrap, double perSecond, Duration duration, Runnable measuring)
			throws Exception {
		String topic = "reachback.harness.floor";
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		AtomicReference<Latencies> latencies = new AtomicReference<>(new Latencies());
		AtomicBoolean consuming = new AtomicBoolean(true);
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(),
				new StringSerializer());
				KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
						ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
						new StringDeserializer(), new StringDeserializer())) {
			consumer.assign(List.of(partition));
			consumer.seekToEnd(List.of(partition));
			consumer.position(partition);
			Thread poller = new Thread(() -> {
				while (consuming.get()) {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
						latencies.get().record(Long.parseLong(record.key()));
					}
				}
			}, "harness-kafka-floor");
			poller.start();
			// the warm-up, then the measured run, as which the caller starts what it measures alongside
			for (boolean measured : List.of(false, true)) {
				Duration run = measured ? duration : WARM_UP;
				if (measured) {
					measuring.run();
				}
				latencies.set(new Latencies());
				OpenLoop.run(perSecond, run, due -> {
					latencies.get().expect();
					producer.send(new ProducerRecord<>(topic, Long.toString(due), PAYLOAD), (metadata, failure) -> {
						if (failure != null) {
							latencies.get().fail(failure.toString());
						}
					});
				});
				// every record of the warm-up arrives before the measured run starts counting
				latencies.get().awaitOutcomes(Duration.ofSeconds(10));
			}
			consuming.set(false);
			poller.join();
		}
		return latencies.get().summarize("floor: Kafka produce → consume");
	}

	/**
	 * A single-row insert and its commit on one connection, one after the other as fast as they go:
	 * commits per second, and each commit's latency. The table lives in a schema of its own, dropped
	 * afterwards.
	 */
	static Latencies.Summary postgres(LocalPostgres postgres, Duration duration, Runnable measuring) throws SQLException {
		Latencies latencies = new Latencies();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password())) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("create schema if not exists harness");
				ddl.execute("create table harness.floor (id bigserial primary key, at timestamptz not null, body text not null)");
			}
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into harness.floor (at, body) values (now(), ?)")) {
				// the warm-up, then the measured run, as which the caller starts what it measures alongside
				for (boolean measured : List.of(false, true)) {
					Duration run = measured ? duration : WARM_UP;
					if (measured) {
						measuring.run();
					}
					latencies = new Latencies();
					long end = System.nanoTime() + run.toNanos();
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						insert.setString(1, PAYLOAD);
						insert.executeUpdate();
						connection.commit();
						latencies.recordUnexpected(start);
					}
				}
			}
			connection.setAutoCommit(true);
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("drop schema harness cascade");
			}
		}
		return latencies.summarize("floor: PostgreSQL insert + commit");
	}

	/** An HTTP round trip to a service that only answers (its liveness probe), at a fixed rate. */
	static Latencies.Summary http(ChatClient client, int port, double perSecond, Duration duration,
			Runnable measuring) throws InterruptedException {
		Latencies latencies = null;
		// the warm-up, then the measured run, as which the caller starts what it measures alongside
		for (boolean measured : List.of(false, true)) {
			Duration run = measured ? duration : WARM_UP;
			if (measured) {
				measuring.run();
			}
			Latencies current = new Latencies();
			OpenLoop.run(perSecond, run, due -> {
				current.expect();
				client.ping(port).whenComplete((status, failure) -> {
					if (failure == null && status == 200) {
						current.record(due);
					}
					else {
						current.fail(failure != null ? failure.toString() : "status " + status);
					}
				});
			});
			current.awaitOutcomes(Duration.ofSeconds(10));
			latencies = current;
		}
		return latencies.summarize("floor: HTTP round trip");
	}

}
