package org.reachback.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.reachback.events.EventHeaders;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.infra.ServiceIntegrationTest;
import org.reachback.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Test
	void eventsWrittenToTheOutboxReachKafkaWithTypeHeadersAndAreAppliedOnce() {
		AgentStateChanged event = available("maria-" + UUID.randomUUID());

		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, event));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(event));
		assertThat(jdbc.sql("select count(*) from outbox_event where event_id = ?").param(event.eventId())
			.query(Long.class).single()).isZero();

		try (Consumer<String, String> consumer = consumers.createConsumer("outbox-check-" + UUID.randomUUID(), null)) {
			consumer.subscribe(java.util.List.of(Topics.AGENT));
			ConsumerRecord<String, String> record = KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(10))
				.records(Topics.AGENT).iterator().next();
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

		send(event, "AgentStateChanged", new tools.jackson.databind.json.JsonMapper().writeValueAsString(event));
		send(event, "AgentStateChanged", new tools.jackson.databind.json.JsonMapper().writeValueAsString(event));
		AgentStateChanged marker = available("after-twice-" + UUID.randomUUID());
		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, marker));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(marker));
		assertThat(listener.applied).filteredOn(event::equals).hasSize(1);
	}

	@Test
	void unknownEventTypesAreSkippedAndMalformedOnesGoToTheDeadLetterTopic() throws Exception {
		AgentStateChanged broken = available("broken-" + UUID.randomUUID());
		send(broken, "SomethingFromTheFuture", "{}");
		send(broken, "AgentStateChanged", "{not json");
		AgentStateChanged marker = available("after-broken-" + UUID.randomUUID());
		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, marker));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.applied.contains(marker));
		assertThat(listener.ignoredTypes).contains("SomethingFromTheFuture");
		try (Consumer<String, String> consumer = consumers.createConsumer("dlt-check-" + UUID.randomUUID(), null)) {
			String deadLetters = Topics.deadLetter(Topics.AGENT, "platform-test");
			consumer.subscribe(java.util.List.of(deadLetters));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2)).records(deadLetters),
						records -> java.util.stream.StreamSupport.stream(records.spliterator(), false)
							.anyMatch(r -> "{not json".equals(r.value())));
		}
	}

	@Test
	void anEventThatMetADatabaseOutageIsRetriedUntilItIsBackNotDeadLettered() {
		// the outage (6 s) outlasts the retries for faulty events (about 3 s in tests)
		AgentStateChanged event = available(PlatformTestApplication.AgentEvents.DATABASE_DOWN_FOR_6S + UUID.randomUUID());

		transactions.executeWithoutResult(status -> outbox.publish(Topics.AGENT, event));

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.contains(event));
		try (Consumer<String, String> consumer = consumers.createConsumer("outage-dlt-check-" + UUID.randomUUID(), null)) {
			String deadLetters = Topics.deadLetter(Topics.AGENT, "platform-test");
			consumer.subscribe(java.util.List.of(deadLetters));
			assertThat(java.util.stream.StreamSupport
				.stream(KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(3)).records(deadLetters).spliterator(), false)
				.map(ConsumerRecord::key)).doesNotContain(event.agentId());
		}
	}

	private void send(AgentStateChanged event, String type, String payload) throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AGENT, event.agentId(), payload);
		Map.of(EventHeaders.TYPE, type, EventHeaders.VERSION, "1", EventHeaders.ID, event.eventId().toString())
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		kafka.send(record).get();
	}

	private static AgentStateChanged available(String agentId) {
		return new AgentStateChanged(UUID.randomUUID(), Instant.now(), agentId, AgentState.AVAILABLE, "test");
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
