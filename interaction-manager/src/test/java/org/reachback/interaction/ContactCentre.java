package org.reachback.interaction;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.callback.CallbackDue;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.awaitility.Awaitility.await;

/**
 * The world around interaction-manager, for integration tests: a contact-centre platform and the
 * other services publishing events on Kafka, an observer of what this service publishes, agents
 * calling the REST API, and readers of the shared views. Agents maria, li and sam are shared by all
 * tests, so {@link #reset()} puts them offline and clears the virtual queue before each test.
 */
final class ContactCentre implements AutoCloseable {

	static final List<String> DEMO_AGENTS = List.of("maria", "li", "sam");

	private final EventCodec codec = new EventCodec();

	private final KafkaProducer<String, String> producer;

	private final KafkaConsumer<String, String> consumer;

	private final List<DomainEvent> published = new CopyOnWriteArrayList<>();

	private final Thread observer;

	private volatile boolean open = true;

	private final JdbcClient jdbc;

	private final RestClient http;

	ContactCentre(String brokers, int port, JdbcClient jdbc) {
		Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
		this.jdbc = jdbc;
		this.http = RestClient.create("http://localhost:" + port);
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
				new StringSerializer(), new StringSerializer());
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = List.of(Topics.ASSIGNMENT, Topics.AGENT)
			.stream()
			.flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition())))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		this.observer = new Thread(this::observe, "test-event-observer");
		observer.start();
	}

	// --- events in ---

	void publish(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), encoded.payload());
		record.headers()
			.add(EventHeaders.TYPE, encoded.type().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.VERSION, String.valueOf(encoded.version()).getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		try {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + encoded.type(), ex);
		}
	}

	/** A platform reports an agent's state as it is now. */
	AgentStateChanged platformReports(String agentId, AgentState state) {
		return platformReports(agentId, state, Instant.now());
	}

	AgentStateChanged platformReports(String agentId, AgentState state, Instant occurredAt) {
		AgentStateChanged change = new AgentStateChanged(UUID.randomUUID(), occurredAt, agentId, state, "genesys");
		publish(Topics.AGENT, change);
		return change;
	}

	/** Makes agents available one after the other, so the first has been idle longest. */
	void available(String... agentIds) {
		for (String agentId : agentIds) {
			platformReports(agentId, AgentState.AVAILABLE);
			awaitAgentState(agentId, AgentState.AVAILABLE);
		}
	}

	void awaitAgentState(String agentId, AgentState state) {
		await().until(() -> state.name().equals(jdbc.sql("select state from agent where id = ?")
			.param(agentId)
			.query(String.class)
			.optional()
			.orElse(null)));
	}

	CallbackDue callbackDue(String queue, String preferredAgent) {
		UUID callbackId = UUID.randomUUID();
		CallbackDue due = new CallbackDue(UUID.randomUUID(), Instant.now(), callbackId, UUID.randomUUID(), 1,
				preferredAgent, context(queue));
		publish(Topics.CALLBACK, due);
		return due;
	}

	static CallbackContext context(String queue) {
		return new CallbackContext(UUID.randomUUID(), "acme", queue, "+442079460958",
				new Customer("Ada Lovelace", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "The billing bot cannot handle disputed charges",
				List.of(new TranscriptLine(Instant.parse("2025-06-02T09:00:00Z"), TranscriptLine.Speaker.CUSTOMER,
						"Ada", "I was charged twice"),
						new TranscriptLine(Instant.parse("2025-06-02T09:00:01Z"), TranscriptLine.Speaker.BOT, "Billing bot",
								"I can arrange a callback")));
	}

	// --- events out ---

	private void observe() {
		while (open) {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
				String type = new String(record.headers().lastHeader(EventHeaders.TYPE).value(), StandardCharsets.UTF_8);
				codec.decode(type, record.value()).ifPresent(published::add);
			}
		}
		consumer.close();
	}

	/** Waits for this service to publish a matching event. */
	<T extends DomainEvent> T awaitPublished(Class<T> type, Predicate<T> matching) {
		return await().until(() -> findPublished(type, matching), Optional::isPresent).orElseThrow();
	}

	<T extends DomainEvent> Optional<T> findPublished(Class<T> type, Predicate<T> matching) {
		return published.stream().filter(type::isInstance).map(type::cast).filter(matching).findFirst();
	}

	// --- the REST API ---

	Response call(String user, HttpMethod method, String path, String json) {
		RestClient.RequestBodySpec request = http.method(method).uri(path);
		if (user != null) {
			request.headers(headers -> headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo"));
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		var entity = request.retrieve().onStatus(status -> true, (req, res) -> {
		}).toEntity(String.class);
		return new Response(entity.getStatusCode(), entity.getBody(),
				String.valueOf(entity.getHeaders().getContentType()));
	}

	record Response(HttpStatusCode status, String body, String contentType) {
	}

	// --- the shared views ---

	QueueRow queue(String queue) {
		return jdbc.sql("select * from interaction.queue_status_view where queue = ?")
			.param(queue)
			.query(QueueRow.class)
			.single();
	}

	record QueueRow(String queue, int agentsStaffed, int agentsAvailable, int interactionsWaiting,
			int callbacksPending, Integer estimatedWaitSeconds, Instant updatedAt) {
	}

	// --- between tests ---

	/**
	 * All demo agents offline, no callback waiting or offered, no platform interaction waiting, and
	 * the queue status showing it. Runs after the outbox drained, so no earlier test's event is still
	 * on its way (an older agent state arriving late is ignored anyway).
	 */
	void reset() {
		await().until(() -> jdbc.sql("select count(*) from outbox_event").query(Integer.class).single() == 0);
		await().until(() -> {
			jdbc.sql("update offer set status = 'WITHDRAWN', ended_at = now() where status in ('OPEN', 'ACCEPTED')")
				.update();
			jdbc.sql("update queued_callback set status = 'WITHDRAWN' where status in ('WAITING', 'OFFERED', 'ASSIGNED')")
				.update();
			jdbc.sql("update platform_interaction set status = 'ABANDONED' where status = 'WAITING'").update();
			jdbc.sql("update agent set state = 'OFFLINE', state_changed_at = now(), available_since = null where state <> 'OFFLINE'")
				.update();
			return jdbc.sql("""
					select (select count(*) from offer where status in ('OPEN', 'ACCEPTED'))
					     + (select count(*) from queued_callback where status in ('WAITING', 'OFFERED', 'ASSIGNED'))
					     + (select count(*) from agent where state <> 'OFFLINE')""").query(Integer.class).single() == 0;
		});
		Instant reset = Instant.now();
		await().until(() -> List.of("billing", "orders", "tech-support", "faq").stream().map(this::queue).allMatch(
				row -> row.updatedAt().isAfter(reset) && row.agentsStaffed() == 0 && row.callbacksPending() == 0
						&& row.interactionsWaiting() == 0));
		published.clear();
	}

	@Override
	public void close() {
		open = false;
		try {
			observer.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		producer.close();
	}

}
