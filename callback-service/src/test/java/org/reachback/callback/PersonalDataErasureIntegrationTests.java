package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure of a customer's data: every row of their chats' callbacks goes, in every table of the
 * schema, another customer's stays, a scheduled callback's timer never fires, a redelivered request
 * changes nothing, and a request that arrives after its callback's erasure is not recorded.
 */
@ServiceIntegrationTest
class PersonalDataErasureIntegrationTests extends OtherServices {

	/** The customer whose data is erased, and another, each with a number and words of their own. */
	private static final Person ERIN = new Person("Erin Castellano", "+442079461101",
			"someone used my card at the harbour kiosk");

	private static final Person OLU = new Person("Olu Okonjo", "+442079461202", "my refund never reached me");

	private static final Person CARA = new Person("Cara Lindqvist", "+442079461303",
			"please call me about the duplicate invoice");

	@Autowired
	JdbcClient database;

	@Override
	String[] watchedTopics() {
		return new String[] { Topics.CALLBACK, Topics.ERASED };
	}

	@Test
	void anErasureDeletesEveryRowOfTheChatsCallbacksCancelsTheirTimersAndLeavesOtherChatsAlone() {
		UUID chat = UUID.randomUUID();
		CallbackRequested due = request(chat, null, ERIN);
		Instant slot = Requests.now().plusSeconds(15);
		CallbackRequested scheduled = request(chat, slot, ERIN);
		CallbackRequested other = request(UUID.randomUUID(), null, OLU);
		List.of(due, scheduled, other).forEach(request -> otherServices.publish(Topics.BOT, request));
		awaitNth(due.callbackId(), CallbackDue.class, 1);
		bookAskedSlot(scheduled.callbackId(), 1);
		awaitNth(scheduled.callbackId(), CallbackScheduled.class, 1);
		awaitNth(other.callbackId(), CallbackDue.class, 1);
		assertThat(table.appliedTransitions(due.callbackId())).hasSize(3);
		assertThat(table.appliedTransitions(scheduled.callbackId())).hasSize(2);
		awaitSent(due.callbackId(), scheduled.callbackId());
		assertThat(SchemaRows.holding(database, ERIN.name())).as("the customer's rows, found before the erasure").isPositive();

		PersonalDataErasureRequested erasure = erasureOf(chat, due.callbackId());
		otherServices.publish(Topics.ERASURE, erasure);

		PersonalDataErased erased = published.await(PersonalDataErased.class,
				confirmed -> confirmed.erasureId().equals(erasure.erasureId()));
		assertThat(erased.service()).isEqualTo("callback-service");
		assertThat(erased.records()).as("2 callbacks, their 5 transitions and 2 rendezvous rows").isEqualTo(9);
		assertThat(Instant.now()).as("erased before the scheduled callback's slot").isBefore(slot);
		for (String needle : List.of(ERIN.name(), ERIN.phone(), ERIN.words(), chat.toString(),
				due.callbackId().toString(), scheduled.callbackId().toString())) {
			assertThat(SchemaRows.holding(database, needle)).as("rows holding %s", needle).isZero();
		}
		assertThat(table.status(other.callbackId())).isEqualTo("DUE");
		assertThat(table.appliedTransitions(other.callbackId())).hasSize(3);
		assertThat(SchemaRows.holding(database, OLU.phone())).as("the other customer's callback and its context").isPositive();
		await().during(Duration.between(Instant.now(), slot).plusSeconds(1))
			.atMost(Duration.ofSeconds(20))
			.until(() -> published.of(scheduled.callbackId(), CallbackDue.class).isEmpty());

		RecordMetadata redelivered = otherServices.publish(Topics.ERASURE, erasure);
		otherServices.awaitConsumed("callback-service", redelivered);

		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> published.of(erasure.erasureId(), PersonalDataErased.class).size() == 1
					&& undelivered(erasure.erasureId()) == 0);
		assertThat(table.status(other.callbackId())).isEqualTo("DUE");
		assertThat(SchemaRows.holding(database, OLU.phone())).isPositive();
	}

	@Test
	void aRequestThatArrivesAfterItsCallbackWasErasedIsNotRecorded() {
		CallbackRequested late = request(UUID.randomUUID(), null, CARA);
		PersonalDataErasureRequested erasure = erasureOf(late.chatId(), late.callbackId());
		otherServices.publish(Topics.ERASURE, erasure);
		PersonalDataErased erased = published.await(PersonalDataErased.class,
				confirmed -> confirmed.erasureId().equals(erasure.erasureId()));
		assertThat(erased.records()).as("nothing was kept about it yet").isZero();

		otherServices.publish(Topics.BOT, late);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(late.eventId()));
		assertThat(table.count(late.callbackId())).isZero();
		assertThat(SchemaRows.holding(database, CARA.phone())).isZero();
		assertThat(SchemaRows.holding(database, CARA.name())).isZero();
		assertThat(published.of(late.callbackId())).as("nothing published about it").isEmpty();
	}

	/** A request as chatbot-service publishes it, with {@code customer}'s name, number and words. */
	private static CallbackRequested request(UUID chatId, Instant slot, Person customer) {
		Instant said = Requests.now().minusSeconds(60);
		CallbackContext context = new CallbackContext(chatId, "acme", "billing", customer.phone(), null,
				new Customer(customer.name(), customer.phone(), "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "the billing bot does not handle disputes",
				List.of(new TranscriptLine(said, TranscriptLine.Speaker.CUSTOMER, customer.name(), customer.words())));
		return new CallbackRequested(UUID.randomUUID(), Requests.now(), chatId, UUID.randomUUID(), UUID.randomUUID(),
				slot, null, context);
	}

	private static PersonalDataErasureRequested erasureOf(UUID chatId, UUID callbackId) {
		return new PersonalDataErasureRequested(UUID.randomUUID(), Requests.now(), UUID.randomUUID(),
				PersonalDataErasureRequested.Reason.REQUESTED, List.of(chatId), List.of(callbackId));
	}

	/** Waits until the relay has sent every event about these callbacks, so the erasure finds none. */
	private void awaitSent(UUID... callbackIds) {
		await().atMost(Duration.ofSeconds(20)).until(() -> List.of(callbackIds).stream().mapToInt(this::undelivered)
			.sum() == 0);
	}

	private int undelivered(UUID key) {
		return database.sql("select count(*) from outbox_event where message_key = ?")
			.param(key.toString())
			.query(Integer.class)
			.single();
	}

	private record Person(String name, String phone, String words) {
	}

}
