package org.reachback.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventRecords;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.awaitility.Awaitility.await;

/**
 * The test's side of Kafka, standing in for the other services and for a contact-centre platform:
 * it publishes events exactly as the outbox relay does (through {@link EventRecords}, the one owner
 * of the wire format, personal data sealed with the suite's keys), waits until a consumer group has
 * processed a record, and watches topics.
 */
public final class TestKafka implements AutoCloseable {

	private final String bootstrapServers;

	private final EventRecords records;

	private final KafkaProducer<String, String> producer;

	private final List<TopicWatch> watches = new CopyOnWriteArrayList<>();

	/** With the keys in the JVM's shared embedded PostgreSQL, which a service under test uses. */
	public TestKafka(String bootstrapServers) {
		this(bootstrapServers, LocalPostgres.shared());
	}

	/** With the keys in {@code postgres}, the suite's database. */
	public TestKafka(String bootstrapServers, LocalPostgres postgres) {
		this.bootstrapServers = bootstrapServers;
		this.records = new EventRecords(new EventCodec(new JdbcSubjectKeys(
				new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password()))));
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
	}

	/** Publishes {@code event} on {@code topic}, keyed by its aggregate id, and waits for the broker. */
	public RecordMetadata publish(String topic, DomainEvent event) {
		return send(records.toRecord(topic, event));
	}

	/** The event a record carries, opened with the suite's keys; empty when its chat's key is destroyed. */
	public Optional<DomainEvent> open(ConsumerRecord<String, String> record) {
		return records.fromRecord(record);
	}

	/** Sends a record as it is, e.g. one built with {@link EventRecords#toRecord} that is not valid. */
	public RecordMetadata send(ProducerRecord<String, String> record) {
		try {
			return producer.send(record).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish a test record to " + record.topic(), ex);
		}
	}

	/** Waits until {@code consumerGroup} committed past {@code sent}, i.e. processed it. */
	public void awaitConsumed(String consumerGroup, RecordMetadata sent) {
		TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(consumerGroup)
					.partitionsToOffsetAndMetadata()
					.get(5, TimeUnit.SECONDS);
				OffsetAndMetadata committed = offsets.get(partition);
				return committed != null && committed.offset() > sent.offset();
			});
		}
	}

	/** Watches {@code topics} from their beginning: everything ever published there is seen. */
	public TopicWatch watchFromBeginning(String... topics) {
		return watch(new TopicWatch(consumer(), List.of(topics), true, records));
	}

	/** Watches {@code topics} from now on: only what is published from here is seen. */
	public TopicWatch watchFromNow(String... topics) {
		return watch(new TopicWatch(consumer(), List.of(topics), false, records));
	}

	private TopicWatch watch(TopicWatch watch) {
		watches.add(watch);
		return watch;
	}

	/** Every event on {@code topic} right now, of every partition, in each partition's order. */
	public List<DomainEvent> readAll(String topic) {
		List<DomainEvent> events = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					records.fromRecord(record).ifPresent(events::add);
				}
			}
		}
		return events;
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-watch-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
	}

	/** Closes the producer and every watch opened here. */
	@Override
	public void close() {
		watches.forEach(TopicWatch::close);
		producer.close(Duration.ofSeconds(5));
	}

}
