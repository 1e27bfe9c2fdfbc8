package org.reachback.platform.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.reachback.events.EventCodec;
import org.reachback.events.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Messaging as every service does it: events out through the transactional outbox, events in as
 * typed payloads, one error handler (blocking retries with back-off, then the consumer's
 * dead-letter topic; malformed events are not retried; an event that failed because the database
 * was unreachable is retried until it is back).
 */
@AutoConfiguration
@EnableScheduling
public class MessagingConfiguration {

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, EventCodec codec, OutboxRelay relay) {
		return new Outbox(jdbc, codec, relay);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
			@Value("${reachback.outbox.poll-interval:500ms}") java.time.Duration pollInterval) {
		return new OutboxRelay(jdbc, kafka, transactions, pollInterval);
	}

	@Bean
	Inbox inbox(JdbcClient jdbc) {
		return new Inbox(jdbc);
	}

	@Bean
	EventMessageConverter eventMessageConverter(EventCodec codec) {
		return new EventMessageConverter(codec);
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka,
			@Value("${spring.kafka.consumer.group-id}") String consumerGroup,
			@Value("${reachback.messaging.retry.max-elapsed:10s}") java.time.Duration maxElapsed) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), consumerGroup), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(2_000);
		backOff.setMaxElapsedTime(maxElapsed.toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
		handler.addNotRetryableExceptions(EventCodec.MalformedEventException.class,
				jakarta.validation.ValidationException.class);
		handler.setBackOffFunction((record, failure) -> Outages.isOutage(failure) ? untilTheOutageEnds() : null);
		return handler;
	}

	/** Retries without a limit, every 10 s at the most, so an event outlives a database restart. */
	private static ExponentialBackOff untilTheOutageEnds() {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

	@Bean
	KafkaAdmin.NewTopics reachbackTopics(@Value("${reachback.messaging.partitions:3}") int partitions) {
		return new KafkaAdmin.NewTopics(Topics.ALL.stream()
			.map(topic -> TopicBuilder.name(topic).partitions(partitions).build())
			.toArray(NewTopic[]::new));
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin);
	}

}
