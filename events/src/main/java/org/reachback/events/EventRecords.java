package org.reachback.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The wire format, in one place: an event travels as a Kafka record keyed by its aggregate id, with
 * the JSON payload as value and the {@link EventHeaders} type, version and id as headers. Producers
 * (the outbox relay, tests standing in for another service or a platform) build records here, and
 * consumers read them here, so the two can never drift apart.
 */
public final class EventRecords {

	private final EventCodec codec;

	public EventRecords(EventCodec codec) {
		this.codec = codec;
	}

	public EventRecords() {
		this(new EventCodec());
	}

	/** The record that carries {@code event} on {@code topic}. */
	public ProducerRecord<String, String> toRecord(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		return toRecord(topic, event.aggregateId(), encoded.type(), encoded.version(), event.eventId(),
				encoded.payload());
	}

	/** The record for an event encoded earlier, such as an outbox row, or for a deliberately odd one. */
	public static ProducerRecord<String, String> toRecord(String topic, String key, String type, int version,
			UUID eventId, String payload) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
		record.headers()
			.add(EventHeaders.TYPE, bytes(type))
			.add(EventHeaders.VERSION, bytes(String.valueOf(version)))
			.add(EventHeaders.ID, bytes(eventId.toString()));
		return record;
	}

	/**
	 * The event a record carries; empty when its type is one this code does not know (a newer
	 * producer's), which consumers skip.
	 * @throws EventCodec.MalformedEventException when the record has no type header or no text payload,
	 * its payload does not match its type, or its version is newer than the one this code reads
	 */
	public Optional<DomainEvent> fromRecord(ConsumerRecord<?, ?> record) {
		String type = header(record.headers(), EventHeaders.TYPE);
		if (type == null || !(record.value() instanceof String payload)) {
			throw new EventCodec.MalformedEventException("Record at " + where(record) + " has no "
					+ EventHeaders.TYPE + " header or no text payload", null);
		}
		EventTypes.requireReadable(type, header(record.headers(), EventHeaders.VERSION));
		return codec.decode(type, payload);
	}

	/** The type name a record declares, or null when it declares none. */
	public static String typeOf(ConsumerRecord<?, ?> record) {
		return header(record.headers(), EventHeaders.TYPE);
	}

	private static String where(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	private static String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
