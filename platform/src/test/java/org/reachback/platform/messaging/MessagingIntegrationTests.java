package org.reachback.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.reachback.events.EventHeaders;
import org.reachback.events.EventRecords;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay polls only hourly here, so every delivery below proves the wake-up after commit. */
@ServiceIntegrationTest
@TestPropertySource(properties = "reachback.outbox.poll-interval=1h")
class MessagingIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	ConsumerFactory<String, String> consumers;

	@Autowired
	PlatformTestApplication.AgentEvents listener;

	@Autowired
	KafkaAdmin admin;

	@Autowired
	MeterRegistry registry;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eventsWrittenToTheOutboxReachKafkaWithTypeHeadersAndAreAppliedOnce() {
		AgentStateChanged event = available("maria-" + UUID.randomUUID());

		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, event));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(event));
		assertThat(jdbc.sql("select count(*) from outbox_event where event_id = ?").param(event.eventId())
			.query(Long.class).single()).isZero();

		try (Consumer<String, String> consumer = consumers.createConsumer("outbox-check-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.AGENT));
			ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
				.until(() -> StreamSupport.stream(consumer.poll(Duration.ofMillis(200)).records(Topics.AGENT).spliterator(), false)
					.filter(r -> event.eventId().toString().equals(header(r, EventHeaders.ID)))
					.findFirst(), Optional::isPresent)
				.orElseThrow();
			assertThat(header(record, EventHeaders.TYPE)).isEqualTo("AgentStateChanged");
			assertThat(header(record, EventHeaders.VERSION)).isEqualTo("1");
			assertThat(record.value()).doesNotContain("org.reachback");
		}
	}

	@Test
	void anEventThatRollsBackIsNeverPublished() {
		AgentStateChanged event = available("rolled-back-" + UUID.randomUUID());

		transactions.executeWithoutResult(status -> {
			outbox.publish(Topics.AGENT, event);
			status.setRollbackOnly();
		});
		AgentStateChanged marker = available("after-rollback-" + UUID.randomUUID());
		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, marker));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(marker));
		assertThat(listener.applied).doesNotContain(event);
	}

	@Test
	void aRedeliveredEventHasNoSecondEffect() throws Exception {
		AgentStateChanged event = available("twice-" + UUID.randomUUID());

		send(event, "AgentStateChanged", "1", json.writeValueAsString(event));
		send(event, "AgentStateChanged", "1", json.writeValueAsString(event));
		AgentStateChanged marker = available("after-twice-" + UUID.randomUUID());
		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, marker));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(marker));
		assertThat(listener.applied).filteredOn(event::equals).hasSize(1);
	}

	@Test
	void unknownEventTypesAreSkippedAndMalformedOnesGoToTheDeadLetterTopicAndAreCounted() throws Exception {
		double counted = deadLetters("malformed");
		AgentStateChanged broken = available("broken-" + UUID.randomUUID());
		send(broken, "SomethingFromTheFuture", "1", "{}");
		send(broken, "AgentStateChanged", "1", "{not json");
		AgentStateChanged marker = available("after-broken-" + UUID.randomUUID());
		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, marker));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(marker));
		assertThat(listener.ignoredTypes).contains("SomethingFromTheFuture");
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(record -> "{not json".equals(record.value()));
		assertThat(header(deadLetter, EventHeaders.ID)).isEqualTo(broken.eventId().toString());
		// counted once the dead letter is sent, which may be a moment after it can be read
		await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters("malformed") == counted + 1);
	}

	@Test
	void anEventOfANewerMajorVersionGoesToTheDeadLetterTopicWithItsReasonInsteadOfBeingHalfRead() throws Exception {
		double counted = deadLetters("newer-version");
		AgentStateChanged future = available("future-" + UUID.randomUUID());
		send(future, "AgentStateChanged", "2", json.writeValueAsString(future));
		AgentStateChanged minor = available("minor-" + UUID.randomUUID());
		send(minor, "AgentStateChanged", "1.4", json.writeValueAsString(minor));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(minor));
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(record -> future.agentId().equals(record.key()));
		assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
			.contains("eventVersion 2 of AgentStateChanged is newer than version 1");
		assertThat(listener.applied).doesNotContain(future);
		await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters("newer-version") == counted + 1);
	}

	@Test
	void theSuitesTopicsAndTheDeadLetterTopicOfWhatTheServiceConsumesAreDeclaredWithTheirPartitionsAndCounters()
			throws Exception {
		try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
			List<String> expected = new java.util.ArrayList<>(Topics.ALL);
			expected.add(Topics.deadLetter(Topics.AGENT, "platform-test"));
			Map<String, TopicDescription> topics = client.describeTopics(expected).allTopicNames().get(10, TimeUnit.SECONDS);

			assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
		}
		assertThat(registry.find("reachback.messaging.dead.letters").tags("topic", Topics.AGENT).counters())
			.extracting(counter -> counter.getId().getTag("reason"))
			.containsExactlyInAnyOrder("newer-version", "malformed", "invalid", "retries-exhausted");
	}

	@Test
	void anEventThatMetADatabaseOutageIsRetriedUntilItIsBackNotDeadLettered() {
		// the outage (6 s) outlasts the retries for faulty events (about 3 s in tests)
		AgentStateChanged event = available(PlatformTestApplication.AgentEvents.DATABASE_DOWN_FOR_6S + UUID.randomUUID());

		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, event));

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.contains(event));
		try (Consumer<String, String> consumer = consumers.createConsumer("outage-dlt-check-" + UUID.randomUUID(), null)) {
			String deadLetters = Topics.deadLetter(Topics.AGENT, "platform-test");
			consumer.subscribe(List.of(deadLetters));
			assertThat(StreamSupport
				.stream(KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(3)).records(deadLetters).spliterator(), false)
				.map(ConsumerRecord::key)).doesNotContain(event.agentId());
		}
	}

	/** Sends a record as a producer with its own idea of the event would: any type, version and payload. */
	private void send(AgentStateChanged event, String type, String version, String payload) throws Exception {
		ProducerRecord<String, String> record = EventRecords.toRecord(Topics.AGENT, event.agentId(), type, 1,
				event.eventId(), payload);
		record.headers().remove(EventHeaders.VERSION).add(EventHeaders.VERSION, version.getBytes(StandardCharsets.UTF_8));
		kafka.send(record).get();
	}

	private ConsumerRecord<String, String> awaitDeadLetter(Predicate<ConsumerRecord<String, String>> matching) {
		String deadLetters = Topics.deadLetter(Topics.AGENT, "platform-test");
		try (Consumer<String, String> consumer = consumers.createConsumer("dlt-check-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(deadLetters));
			List<ConsumerRecord<String, String>> seen = new java.util.ArrayList<>();
			return await().atMost(Duration.ofSeconds(20)).until(() -> {
				KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).records(deadLetters).forEach(seen::add);
				return seen.stream().filter(matching).findFirst();
			}, Optional::isPresent).orElseThrow();
		}
	}

	private double deadLetters(String reason) {
		Counter counter = registry.find("reachback.messaging.dead.letters")
			.tags("topic", Topics.AGENT, "reason", reason)
			.counter();
		return counter == null ? 0 : counter.count();
	}

	private static AgentStateChanged available(String agentId) {
		return new AgentStateChanged(UUID.randomUUID(), Instant.now(), agentId, AgentState.AVAILABLE, "test");
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
