package org.reachback.callback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.reachback.events.EventTypes;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events onto Kafka as other services do (payload plus type, version and id headers) and
 * reads what lands on the topics a test watches, from the beginning, with a group of its own.
 */
final class KafkaEvents implements AutoCloseable {

	private final KafkaTemplate<String, String> kafka;

	private final EventCodec codec = new EventCodec();

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

	KafkaEvents(KafkaTemplate<String, String> kafka, String bootstrapServers, String... watchedTopics) {
		this.kafka = kafka;
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(watchedTopics));
	}

	void publish(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		send(topic, event.aggregateId(), encoded.type(), encoded.payload(), event.eventId());
	}

	/** Sends any payload under a type header, e.g. one that is not valid for its type. */
	void send(String topic, String key, String type, String payload, UUID eventId) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
		record.headers()
			.add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.VERSION, String.valueOf(EventTypes.CURRENT_VERSION).getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
		try {
			kafka.send(record).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish a test event to " + topic, ex);
		}
	}

	/** Every record of {@code topic} received so far, after polling for new ones. */
	List<ConsumerRecord<String, String>> records(String topic) {
		consumer.poll(Duration.ofMillis(200)).forEach(received::add);
		return received.stream().filter(record -> record.topic().equals(topic)).toList();
	}

	/** The events of {@code topic} keyed by {@code aggregateId}, in the order they were published. */
	List<DomainEvent> events(String topic, Object aggregateId) {
		return records(topic).stream()
			.filter(record -> aggregateId.toString().equals(record.key()))
			.map(record -> codec.decode(type(record), record.value()).orElseThrow())
			.toList();
	}

	/** The events of {@code type} among {@link #events(String, Object)}. */
	<T extends DomainEvent> List<T> events(String topic, Object aggregateId, Class<T> type) {
		return events(topic, aggregateId).stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static String type(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader(EventHeaders.TYPE).value(), StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		consumer.close();
	}

}
