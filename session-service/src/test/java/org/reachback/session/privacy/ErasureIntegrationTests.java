package org.reachback.session.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.reachback.testing.logs.LogGate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * An erasure asked by intent-service deletes the sessions of a callback and its chat, with their
 * lines, leaves another customer's alone, confirms once with the number of rows, and a redelivered
 * request changes nothing.
 */
@ServiceIntegrationTest
class ErasureIntegrationTests {

	private static final Duration KAFKA = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	/**
	 * This context's own broker. Not {@code ${spring.kafka.bootstrap-servers}}: that resolves through
	 * the {@code spring.embedded.kafka.brokers} system property, which names the broker of the context
	 * started last, and {@code VoiceCallIntegrationTests} has a context of its own.
	 */
	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	JdbcClient jdbc;

	private TestHttp api;

	private TestKafka otherServices;

	private TopicWatch confirmations;

	@BeforeEach
	void setUp() {
		api = TestHttp.onPort(port);
		otherServices = new TestKafka(broker.getBrokersAsString());
		confirmations = otherServices.watchFromNow(Topics.ERASED);
	}

	@AfterEach
	void tearDown() {
		otherServices.close();
	}

	@Test
	void anErasureDeletesEverySessionOfTheCallbackAndTheChatAndNothingElse() {
		Callback erased = new Callback();
		Callback kept = new Callback();
		// the first attempt: the customer wrote, the agent answered and recorded them busy
		UUID firstAttempt = erased.connect();
		erased.customerWrites(firstAttempt, erased.words);
		assertThat(api.post("/api/v1/sessions/" + firstAttempt + "/messages", demoUser("maria"),
				Map.of("text", "Sorry, the line broke up, " + erased.customer.name())).status()).isEqualTo(202);
		assertThat(api.post("/api/v1/sessions/" + firstAttempt + "/complete", demoUser("maria"),
				Map.of("outcome", "BUSY")).status()).isEqualTo(200);
		// the retry, in which the customer wrote again
		UUID retry = erased.connect();
		erased.customerWrites(retry, "Still here, " + erased.words);
		UUID other = kept.connect();
		kept.customerWrites(other, kept.words);
		awaitOutboxDrained(firstAttempt, retry, other);
		Map<String, Integer> keptBefore = rowsWith(kept.needles());

		PersonalDataErasureRequested request = new PersonalDataErasureRequested(UUID.randomUUID(), Instant.now(),
				UUID.randomUUID(), Reason.REQUESTED, List.of(erased.chatId), List.of(erased.callbackId));
		otherServices.publish(Topics.ERASURE, request);

		PersonalDataErased confirmation = confirmations.await(PersonalDataErased.class,
				event -> event.erasureId().equals(request.erasureId()));
		assertThat(confirmation.service()).isEqualTo("session-service");
		assertThat(confirmation.records()).as("2 sessions, 3 lines; their events were already relayed").isEqualTo(5);
		assertThat(rowsWith(erased.needles())).as("rows anywhere in the schema naming the erased customer")
			.allSatisfy((needle, rows) -> assertThat(rows).as(needle).isZero());
		assertThat(rowsWith(kept.needles())).as("the other customer's rows").isEqualTo(keptBefore)
			.allSatisfy((needle, rows) -> assertThat(rows).as(needle).isPositive());
		assertThat(api.get("/api/v1/sessions/" + retry, demoUser("maria")).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/sessions/" + other, demoUser("maria")).body().path("transcript").toString())
			.contains(kept.words);

		RecordMetadata redelivered = otherServices.publish(Topics.ERASURE, request);
		otherServices.awaitConsumed("session-service", redelivered);
		awaitOutboxDrained(request.erasureId());
		assertThat(otherServices.readAll(Topics.ERASED)).filteredOn(PersonalDataErased.class::isInstance)
			.map(PersonalDataErased.class::cast)
			.filteredOn(event -> event.erasureId().equals(request.erasureId()))
			.as("confirmed once")
			.containsExactly(confirmation);
		assertThat(rowsWith(kept.needles())).isEqualTo(keptBefore);
	}

	/** How many rows of the service's schema, in all its tables, hold each needle anywhere (a row as text). */
	private Map<String, Integer> rowsWith(List<String> needles) {
		assertThat(SchemaRows.tables(jdbc)).contains("callback_session", "session_line", "outbox_event", "processed_event");
		return SchemaRows.holdingEach(jdbc, needles);
	}

	private void awaitOutboxDrained(UUID... keys) {
		for (UUID key : keys) {
			await().atMost(KAFKA)
				.until(() -> jdbc.sql("select count(*) from outbox_event where message_key = ?")
					.param(key.toString())
					.query(Long.class)
					.single(), count -> count == 0);
		}
	}

	/** One customer's callback, requested in their chat, performed by maria in that chat. */
	private final class Callback {

		final UUID chatId = UUID.randomUUID();

		final UUID callbackId = UUID.randomUUID();

		final String phone = "+447700" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

		final Customer customer = new Customer("Customer " + UUID.randomUUID(), phone, "Europe/London", "en-GB");

		final String words = "My order " + UUID.randomUUID() + " never came";

		Callback() {
			LogGate.remember(customer.name());
			LogGate.remember(words);
		}

		/** Opens a session for a new offer of the callback, as interaction-manager assigns one. */
		UUID connect() {
			Instant now = Instant.now();
			CallbackContext context = new CallbackContext(chatId, "acme", "orders", phone, Media.CHAT, customer,
					"missing_order", HandoverReason.INTENT_NOT_HANDLED, "the orders bot does not handle missing_order",
					List.of(new TranscriptLine(now.minusSeconds(60), Speaker.CUSTOMER, customer.name(), words)));
			AgentAssigned assignment = new AgentAssigned(UUID.randomUUID(), now, callbackId, UUID.randomUUID(), "maria",
					"Maria", Channel.CHAT, context, null);
			otherServices.publish(Topics.ASSIGNMENT, assignment);
			return await().atMost(KAFKA)
				.until(() -> jdbc.sql("select id from callback_session where offer_id = ? and status = 'CONNECTED'")
					.param(assignment.offerId())
					.query(UUID.class)
					.optional(), found -> found.isPresent())
				.orElseThrow();
		}

		void customerWrites(UUID sessionId, String text) {
			int before = lines(sessionId);
			otherServices.publish(Topics.CHAT, new CustomerMessaged(UUID.randomUUID(), Instant.now(), chatId, "acme",
					"orders", UUID.randomUUID(), text, new IntentMatch("missing_order", 0.9, false, false, List.of()),
					CustomerMessaged.Addressee.AGENT));
			await().atMost(KAFKA).until(() -> lines(sessionId), count -> count == before + 1);
		}

		private int lines(UUID sessionId) {
			return jdbc.sql("select count(*) from session_line where session_id = ?")
				.param(sessionId)
				.query(Integer.class)
				.single();
		}

		/** What identifies the customer in a row: their name, number and words, the chat and the callback. */
		List<String> needles() {
			return List.of(customer.name(), phone, words, chatId.toString(), callbackId.toString());
		}

	}

}
