package org.reachback.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventRecords;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every record the suite's broker retains, on every topic and dead-letter topic, read as someone with
 * the broker's data would read it, and opened, where it is sealed, with the suite's keyring.
 */
final class TopicArchive {

	private final List<ConsumerRecord<String, String>> records;

	private final EventCodec codec;

	private TopicArchive(List<ConsumerRecord<String, String>> records, EventCodec codec) {
		this.records = records;
		this.codec = codec;
	}

	static TopicArchive read(String bootstrapServers, LocalPostgres postgres) throws Exception {
		Set<String> topics;
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
				.filter(topic -> topic.startsWith("reachback."))
				.collect(Collectors.toSet());
		}
		List<ConsumerRecord<String, String>> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = topics.stream()
				.flatMap(topic -> consumer.partitionsFor(topic).stream())
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read every topic to its end within 60 s");
				}
				consumer.poll(Duration.ofMillis(500)).forEach(read::add);
			}
		}
		EventCodec codec = new EventCodec(new JdbcSubjectKeys(
				new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())));
		return new TopicArchive(read, codec);
	}

	/** The records whose value holds {@code text} as it is. */
	List<ConsumerRecord<String, String>> holding(String text) {
		return records.stream().filter(record -> record.value() != null && record.value().contains(text)).toList();
	}

	/** The records sealed for the chat. */
	List<ConsumerRecord<String, String>> sealedFor(String chatId) {
		return holding("{\"sealedFor\":\"" + chatId + "\"");
	}

	/** What a record says once opened with the keyring; empty when its chat's key is destroyed. */
	Optional<DomainEvent> open(ConsumerRecord<String, String> record) {
		return codec.decode(EventRecords.typeOf(record), record.value());
	}

}
