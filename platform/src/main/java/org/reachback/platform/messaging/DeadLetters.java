package org.reachback.platform.messaging;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ValidationException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.reachback.events.EventCodec;
import org.reachback.events.EventTypes;
import org.reachback.events.Topics;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record this consumer gave up on to its dead-letter topic ({@code <topic>.<group>-dlt}, with
 * spring-kafka's exception headers saying why) and counts it in
 * {@code reachback.messaging.dead.letters}, tagged by the source topic and a bounded reason, so an
 * administrator can alert on any dead letter at all.
 */
class DeadLetters implements ConsumerRecordRecoverer {

	static final String METRIC = "reachback.messaging.dead.letters";

	private static final String NEWER_VERSION = "newer-version";

	private static final String MALFORMED = "malformed";

	private static final String INVALID = "invalid";

	private static final String RETRIES_EXHAUSTED = "retries-exhausted";

	private static final List<String> REASONS = List.of(NEWER_VERSION, MALFORMED, INVALID, RETRIES_EXHAUSTED);

	private final DeadLetterPublishingRecoverer publisher;

	private final MeterRegistry registry;

	DeadLetters(KafkaOperations<?, ?> kafka, String consumerGroup, MeterRegistry registry) {
		this.publisher = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), consumerGroup), -1));
		this.registry = registry;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, Exception failure) {
		publisher.accept(record, failure);
		registry.counter(METRIC, "topic", record.topic(), "reason", reason(failure)).increment();
	}

	/** Shows the counters of {@code topic} at zero before any dead letter, so an alert sees the series. */
	static void register(MeterRegistry registry, String topic) {
		REASONS.forEach(reason -> registry.counter(METRIC, "topic", topic, "reason", reason));
	}

	/** One of {@code newer-version}, {@code malformed}, {@code invalid} or {@code retries-exhausted}. */
	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EventTypes.UnsupportedVersionException) {
				return NEWER_VERSION;
			}
			if (cause instanceof EventCodec.MalformedEventException) {
				return MALFORMED;
			}
			if (cause instanceof ValidationException) {
				return INVALID;
			}
		}
		return RETRIES_EXHAUSTED;
	}

}
