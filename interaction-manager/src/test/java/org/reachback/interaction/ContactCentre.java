package org.reachback.interaction;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.DomainEvent;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.callback.CallbackDue;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * The world around interaction-manager, for integration tests: a contact-centre platform and the
 * other services publishing events on Kafka, an observer of what this service publishes, agents
 * calling the REST API, and readers of the shared views. Agents maria, li and sam are shared by all
 * tests, so {@link #reset()} puts them offline and clears the virtual queue before each test.
 */
final class ContactCentre implements AutoCloseable {

	static final List<String> DEMO_AGENTS = List.of("maria", "li", "sam");

	private final TestKafka platform;

	private final TopicWatch published;

	private final JdbcClient jdbc;

	private final TestHttp http;

	ContactCentre(String brokers, int port, JdbcClient jdbc) {
		Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
		this.jdbc = jdbc;
		this.http = TestHttp.onPort(port);
		this.platform = new TestKafka(brokers);
		this.published = platform.watchFromNow(Topics.ASSIGNMENT, Topics.AGENT);
	}

	// --- events in ---

	void publish(String topic, DomainEvent event) {
		platform.publish(topic, event);
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

	/** A chat callback is due. */
	CallbackDue callbackDue(String queue, String preferredAgent) {
		return callbackDue(queue, preferredAgent, Media.CHAT);
	}

	/** A callback is due on {@code media}; null as from a producer older than the medium. */
	CallbackDue callbackDue(String queue, String preferredAgent, Media media) {
		UUID callbackId = UUID.randomUUID();
		CallbackDue due = new CallbackDue(UUID.randomUUID(), Instant.now(), callbackId, UUID.randomUUID(), 1,
				preferredAgent, context(queue, media));
		publish(Topics.CALLBACK, due);
		return due;
	}

	static CallbackContext context(String queue, Media media) {
		return new CallbackContext(UUID.randomUUID(), "acme", queue, "+442079460958", media,
				new Customer("Ada Lovelace", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "The billing bot cannot handle disputed charges",
				List.of(new TranscriptLine(Instant.parse("2025-06-02T09:00:00Z"), TranscriptLine.Speaker.CUSTOMER,
						"Ada", "I was charged twice"),
						new TranscriptLine(Instant.parse("2025-06-02T09:00:01Z"), TranscriptLine.Speaker.BOT, "Billing bot",
								"I can arrange a callback")));
	}

	// --- events out ---

	/** Waits for this service to publish a matching event. */
	<T extends DomainEvent> T awaitPublished(Class<T> type, Predicate<T> matching) {
		return published.await(type, matching);
	}

	<T extends DomainEvent> Optional<T> findPublished(Class<T> type, Predicate<T> matching) {
		return published.find(type, matching);
	}

	// --- the REST API ---

	Response call(String user, HttpMethod method, String path, String json) {
		TestHttp.Response response = http.send(http.request(path, user == null ? null : TestHttp.demoUser(user))
			.method(method.name(), HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
		return new Response(HttpStatusCode.valueOf(response.status()), response.text(), response.contentType());
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
		published.close();
		platform.close();
	}

}
