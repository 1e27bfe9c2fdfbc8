package org.reachback.platform.messaging;

import java.lang.reflect.Type;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.reachback.events.EventRecords;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Turns a Kafka record into a message whose payload is the event it carries (read by
 * {@link EventRecords}, the one owner of the wire format), so listeners receive typed events
 * ({@code on(CallbackDue event)}). Records of types this service does not know yet become
 * {@link UnknownEvent}s to be skipped; records it can never read (malformed, or of a newer major
 * version) fail conversion and go to the dead-letter topic. Records of a type the topic's listener
 * has no handler for are not decoded at all ({@link ListenedTypes}).
 */
public class EventMessageConverter implements RecordMessageConverter {

	private final EventRecords records;

	private final ListenedTypes listened;

	public EventMessageConverter(EventRecords records, ListenedTypes listened) {
		this.records = records;
		this.listened = listened;
	}

	@Override
	public Message<?> toMessage(ConsumerRecord<?, ?> record, Object acknowledgment, Object consumer, Type payloadType) {
		String type = EventRecords.typeOf(record);
		Object event = !listened.wants(record.topic(), type) ? new UnhandledEvent(type)
				: records.fromRecord(record).map(Object.class::cast).orElseGet(() -> new UnknownEvent(type));
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

	/** An event type newer than this service; listeners ignore it. */
	public record UnknownEvent(String type) {
	}

	/** An event the topic's listener has no handler for, left undecoded; its default handler ignores it. */
	public record UnhandledEvent(String type) {
	}

}
