package org.reachback.platform.messaging;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.reachback.events.EventCodec;
import org.reachback.events.EventRecords;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Messaging as every service does it: events out through the transactional outbox, events in as
 * typed payloads, one error handler (blocking retries with back-off, then the consumer's
 * dead-letter topic; malformed events are not retried; an event that failed because the database
 * was unreachable is retried until it is back; every dead letter is counted), personal data sealed
 * on the topics with its subject's key. Every topic and
 * dead-letter topic is declared here, with its partitions and replicas: brokers never auto-create.
 */
@AutoConfiguration
@EnableScheduling
public class MessagingConfiguration {

	/**
	 * The keys personal data is sealed with on the topics, shared by every service; read and made on
	 * the connection of the transaction under way, so that a key made for an event commits with it.
	 */
	@Bean
	JdbcSubjectKeys subjectKeys(DataSource dataSource) {
		return new JdbcSubjectKeys(new TransactionAwareDataSourceProxy(dataSource));
	}

	/**
	 * The keys as events are sealed and opened with them: remembered once read, forgotten by every
	 * instance of every service when any erases; its hits and misses are the {@code cache.*} meters of
	 * cache {@code subject-keys}.
	 */
	@Bean
	CachedSubjectKeys cachedSubjectKeys(JdbcSubjectKeys keyring, Signals signals, MeterRegistry registry) {
		CachedSubjectKeys keys = new CachedSubjectKeys(keyring);
		signals.listen(JdbcSubjectKeys.ERASED, keys);
		CaffeineCacheMetrics.monitor(registry, keys.remembered(), "subject-keys");
		return keys;
	}

	@Bean
	EventCodec eventCodec(CachedSubjectKeys keys) {
		return new EventCodec(keys);
	}

	@Bean
	EventRecords eventRecords(EventCodec codec) {
		return new EventRecords(codec);
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, EventCodec codec, OutboxRelay relay, ApplicationEventPublisher announcements) {
		return new Outbox(jdbc, codec, relay, announcements);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
			@Value("${reachback.outbox.poll-interval:500ms}") Duration pollInterval) {
		return new OutboxRelay(jdbc, kafka, transactions, pollInterval);
	}

	@Bean
	Signals signals(DataSource dataSource, JdbcClient jdbc) {
		return new Signals(dataSource, jdbc);
	}

	@Bean
	Inbox inbox(JdbcClient jdbc) {
		return new Inbox(jdbc);
	}

	/** A service without a clock of its own (the platform's tests) confirms on the system's. */
	@Bean
	ErasureRequests erasureRequests(Inbox inbox, Outbox outbox, ObjectProvider<Clock> clock,
			@Value("${spring.application.name}") String service) {
		return new ErasureRequests(inbox, outbox, clock.getIfAvailable(Clock::systemUTC), service);
	}

	@Bean
	ListenedTypes listenedTypes(ApplicationContext context) {
		return new ListenedTypes(context);
	}

	@Bean
	EventMessageConverter eventMessageConverter(EventRecords records, ListenedTypes listened) {
		return new EventMessageConverter(records, listened);
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry registry,
			@Value("${spring.kafka.consumer.group-id}") String consumerGroup,
			@Value("${reachback.messaging.retry.max-elapsed:10s}") Duration maxElapsed) {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(2_000);
		backOff.setMaxElapsedTime(maxElapsed.toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetters(kafka, consumerGroup, registry), backOff);
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
	KafkaAdmin.NewTopics reachbackTopics(@Value("${reachback.messaging.partitions:3}") int partitions,
			@Value("${reachback.messaging.replicas:1}") short replicas) {
		return new KafkaAdmin.NewTopics(TopicDeclarations.suiteTopics(partitions, replicas));
	}

	@Bean
	TopicDeclarations deadLetterTopics(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners,
			MeterRegistry registry, @Value("${spring.kafka.consumer.group-id}") String consumerGroup,
			@Value("${reachback.messaging.partitions:3}") int partitions,
			@Value("${reachback.messaging.replicas:1}") short replicas) {
		return new TopicDeclarations(admin, listeners, registry, consumerGroup, partitions, replicas);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin);
	}

}
