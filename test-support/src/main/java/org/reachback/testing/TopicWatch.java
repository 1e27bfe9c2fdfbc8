package org.reachback.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventRecords;

/**
 * What lands on some topics, read by a thread of its own as it arrives, without a committed
 * consumer group: the raw records and the events they carry (records of types unknown to this code,
 * or that no consumer could read, are kept as records only). Waiting for an event is waiting on this watch, never sleeping.
 */
public final class TopicWatch implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final EventRecords records;

	private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

	private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private volatile boolean open = true;

	TopicWatch(KafkaConsumer<String, String> consumer, List<String> topics, boolean fromBeginning,
			EventRecords records) {
		this.consumer = consumer;
		this.records = records;
		List<TopicPartition> partitions = topics.stream()
			.flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition())))
			.toList();
		consumer.assign(partitions);
		if (fromBeginning) {
			consumer.seekToBeginning(partitions);
		}
		else {
			consumer.seekToEnd(partitions);
		}
		partitions.forEach(consumer::position);
		this.reader = new Thread(this::read, "test-topic-watch");
		reader.setDaemon(true);
		reader.start();
	}

	private void read() {
		try {
			while (open) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
					received.add(record);
					decode(record);
				}
			}
		}
		finally {
			consumer.close();
		}
	}

	/** Keeps the event a record carries; a record no consumer could read (a dead letter) stays a record. */
	private void decode(ConsumerRecord<String, String> record) {
		try {
			records.fromRecord(record).ifPresent(events::add);
		}
		catch (EventCodec.MalformedEventException unreadable) {
			// the raw record is kept in received, where a test of dead letters looks for it
		}
	}

	/** Every event seen so far, in arrival order (each partition's order is kept). */
	public List<DomainEvent> events() {
		return List.copyOf(events);
	}

	public <T extends DomainEvent> List<T> events(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The events of one aggregate, in the order they were published. */
	public List<DomainEvent> of(Object aggregateId) {
		return events.stream().filter(event -> event.aggregateId().equals(aggregateId.toString())).toList();
	}

	public <T extends DomainEvent> List<T> of(Object aggregateId, Class<T> type) {
		return of(aggregateId).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The raw records of {@code topic} seen so far. */
	public List<ConsumerRecord<String, String>> records(String topic) {
		return received.stream().filter(record -> record.topic().equals(topic)).toList();
	}

	public <T extends DomainEvent> Optional<T> find(Class<T> type, Predicate<? super T> matching) {
		return events(type).stream().filter(matching).findFirst();
	}

	/** Waits (30 s at most) for the first event of {@code type} that matches. */
	public <T extends DomainEvent> T await(Class<T> type, Predicate<? super T> matching) {
		return Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> find(type, matching), Optional::isPresent)
			.orElseThrow();
	}

	/** Forgets what was seen, e.g. between tests that share a watch. */
	public void clear() {
		received.clear();
		events.clear();
	}

	@Override
	public void close() {
		open = false;
		try {
			reader.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
