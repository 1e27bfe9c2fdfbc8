package org.reachback.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The test's side of Kafka: publishes events as other services do (payload plus type headers),
 * waits until session-service has consumed a record, and reads back everything on a topic.
 */
final class EventBus {

	private static final String SERVICE_GROUP = "session-service";

	private final KafkaTemplate<String, String> kafka;

	private final KafkaAdmin admin;

	private final EventCodec codec = new EventCodec();

	EventBus(KafkaTemplate<String, String> kafka, KafkaAdmin admin) {
		this.kafka = kafka;
		this.admin = admin;
	}

	RecordMetadata publish(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), encoded.payload());
		record.headers()
			.add(EventHeaders.TYPE, encoded.type().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.VERSION, String.valueOf(encoded.version()).getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		try {
			return kafka.send(record).get(10, TimeUnit.SECONDS).getRecordMetadata();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + encoded.type(), ex);
		}
	}

	/** Waits until the service's consumer group committed past {@code sent}, i.e. processed it. */
	void awaitConsumed(RecordMetadata sent) {
		TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
		try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> offsets = client.listConsumerGroupOffsets(SERVICE_GROUP)
					.partitionsToOffsetAndMetadata()
					.get(5, TimeUnit.SECONDS);
				OffsetAndMetadata committed = offsets.get(partition);
				return committed != null && committed.offset() > sent.offset();
			});
		}
	}

	/** Every event on {@code topic} right now, of every partition. */
	List<DomainEvent> published(String topic) {
		Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<DomainEvent> events = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					String type = new String(record.headers().lastHeader(EventHeaders.TYPE).value(),
							StandardCharsets.UTF_8);
					codec.decode(type, record.value()).ifPresent(events::add);
				}
			}
		}
		return events;
	}

}
