package org.reachback.platform.messaging;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Turns a Kafka record into a message whose payload is the event named by the record's
 * {@code eventType} header, so listeners receive typed events ({@code on(CallbackDue event)}).
 * Records of types this service does not know yet become {@link UnknownEvent}s to be skipped.
 */
public class EventMessageConverter implements RecordMessageConverter {

	private final EventCodec codec;

	public EventMessageConverter(EventCodec codec) {
		this.codec = codec;
	}

	@Override
	public Message<?> toMessage(ConsumerRecord<?, ?> record, Object acknowledgment, Object consumer, Type payloadType) {
		String type = header(record, EventHeaders.TYPE);
		if (type == null || !(record.value() instanceof String payload)) {
			throw new EventCodec.MalformedEventException(
					"Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
							+ " has no " + EventHeaders.TYPE + " header or no text payload", null);
		}
		Object event = codec.decode(type, payload).map(Object.class::cast).orElseGet(() -> new UnknownEvent(type));
		return MessageBuilder.withPayload(event)
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
			.setHeader(KafkaHeaders.RECEIVED_KEY, record.key())
			.setHeader(KafkaHeaders.OFFSET, record.offset())
			.build();
	}

	@Override
	public ProducerRecord<?, ?> fromMessage(Message<?> message, String defaultTopic) {
		throw new UnsupportedOperationException("Events are published through the outbox");
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** An event type newer than this service; listeners ignore it. */
	public record UnknownEvent(String type) {
	}

}
