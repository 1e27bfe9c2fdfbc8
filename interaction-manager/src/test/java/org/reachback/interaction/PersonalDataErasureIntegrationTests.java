package org.reachback.interaction;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.agent.AgentState;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure of a customer's data: every row about their chat's callbacks goes, in every table of the
 * schema, the agent on one of them is free again and its slot has the place back, another
 * customer's callback stays, and a redelivered request changes nothing.
 */
class PersonalDataErasureIntegrationTests extends ContactCentreIntegrationTest {

	/** The customer whose data is erased, and another, each with a number and words of their own. */
	private static final Person ERIN = new Person("Erin Castellano", "+442079461101",
			"someone used my card at the harbour kiosk");

	private static final Person OLU = new Person("Olu Okonjo", "+442079461202", "my refund never reached me");

	private TestKafka intentService;

	private TopicWatch confirmations;

	private UUID othersCallback;

	@BeforeEach
	void watchTheConfirmations() {
		intentService = new TestKafka(brokers);
		confirmations = intentService.watchFromNow(Topics.ERASED);
	}

	@AfterEach
	void releaseTheOtherCustomersBooking() {
		jdbc.sql("delete from callback_booking where callback_id = ?").param(othersCallback).update();
		intentService.close();
	}

	@Test
	void anErasureForgetsTheChatsCallbacksFreesTheirAgentAndSlotAndLeavesOtherChatsAlone() {
		UUID chat = UUID.randomUUID();
		UUID assigned = UUID.randomUUID();
		Slot billing = slotWithRoom("billing");
		book(assigned, chat, billing);
		centre.available("maria");
		centre.publish(Topics.CALLBACK, due(assigned, chat, "billing", "maria", ERIN));
		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(assigned));
		assertThat(centre.call("maria", HttpMethod.POST, "/api/v1/offers/" + reserved.offerId() + "/accept", null)
			.status()).isEqualTo(HttpStatus.OK);
		centre.awaitAgentState("maria", AgentState.BUSY);
		// nobody who serves tech-support is available, so these two wait
		UUID waiting = UUID.randomUUID();
		centre.publish(Topics.CALLBACK, due(waiting, chat, "tech-support", null, ERIN));
		othersCallback = UUID.randomUUID();
		UUID othersChat = UUID.randomUUID();
		book(othersCallback, othersChat, slotWithRoom("tech-support"));
		centre.publish(Topics.CALLBACK, due(othersCallback, othersChat, "tech-support", null, OLU));
		awaitWaiting(waiting);
		awaitWaiting(othersCallback);
		await().until(() -> undelivered(assigned) + undelivered(waiting) == 0);
		int bookedInTheSlot = bookingsIn(billing);
		assertThat(SchemaRows.holding(jdbc, ERIN.name())).as("the customer's rows, found before the erasure").isPositive();

		PersonalDataErasureRequested erasure = new PersonalDataErasureRequested(UUID.randomUUID(), Instant.now(),
				UUID.randomUUID(), PersonalDataErasureRequested.Reason.REQUESTED, List.of(chat), List.of(assigned));
		intentService.publish(Topics.ERASURE, erasure);

		PersonalDataErased erased = confirmations.await(PersonalDataErased.class,
				confirmed -> confirmed.erasureId().equals(erasure.erasureId()));
		assertThat(erased.service()).isEqualTo("interaction-manager");
		assertThat(erased.records()).as("2 places in the queue, 1 offer, 1 booking and 2 decisions").isEqualTo(6);
		for (String needle : List.of(ERIN.name(), ERIN.phone(), ERIN.words(), chat.toString(), assigned.toString(),
				waiting.toString())) {
			assertThat(SchemaRows.holding(jdbc, needle)).as("rows holding %s", needle).isZero();
		}
		centre.awaitAgentState("maria", AgentState.AVAILABLE);
		assertThat(bookingsIn(billing)).as("the slot has its place back").isEqualTo(bookedInTheSlot - 1);
		assertOthersCallbackKept();

		RecordMetadata redelivered = intentService.publish(Topics.ERASURE, erasure);
		intentService.awaitConsumed("interaction-manager", redelivered);

		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> confirmations.of(erasure.erasureId(), PersonalDataErased.class).size() == 1
					&& undelivered(erasure.erasureId()) == 0);
		assertOthersCallbackKept();
	}

	@Test
	void aDueCallbackReadAfterItsErasureQueuesNothingAndOffersNobody() {
		UUID chat = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		centre.available("li");
		// intent-service names the callback; its CallbackDue, published before callback-service erased it, is still unread
		PersonalDataErasureRequested erasure = new PersonalDataErasureRequested(UUID.randomUUID(), Instant.now(),
				UUID.randomUUID(), PersonalDataErasureRequested.Reason.REQUESTED, List.of(chat), List.of(late));
		intentService.publish(Topics.ERASURE, erasure);
		confirmations.await(PersonalDataErased.class, confirmed -> confirmed.erasureId().equals(erasure.erasureId()));

		RecordMetadata due = intentService.publish(Topics.CALLBACK, due(late, chat, "billing", "li", ERIN));
		intentService.awaitConsumed("interaction-manager", due);

		assertThat(count("queued_callback", late)).isZero();
		assertThat(count("offer", late)).isZero();
		assertThat(centre.findPublished(AgentReserved.class, reserved -> reserved.callbackId().equals(late))).isEmpty();
		for (String needle : List.of(ERIN.name(), ERIN.phone(), ERIN.words(), chat.toString())) {
			assertThat(SchemaRows.holding(jdbc, needle)).as("rows holding %s", needle).isZero();
		}
		centre.awaitAgentState("li", AgentState.AVAILABLE);
	}

	private void assertOthersCallbackKept() {
		assertThat(jdbc.sql("select status from queued_callback where callback_id = ?")
			.param(othersCallback)
			.query(String.class)
			.single()).isEqualTo("WAITING");
		assertThat(count("callback_booking", othersCallback)).isOne();
		assertThat(count("decision", othersCallback)).as("its booking's").isOne();
		assertThat(SchemaRows.holding(jdbc, OLU.phone())).isPositive();
	}

	/** Plays callback-service: asks for a place in the slot, and waits until it is booked. */
	private void book(UUID callbackId, UUID chatId, Slot slot) {
		centre.publish(Topics.CALLBACK, new CallbackSlotRequested(UUID.randomUUID(), Instant.now(), callbackId, chatId,
				"acme", slot.queue(), slot.start().plusSeconds(60), null, false));
		centre.awaitPublished(SlotBooked.class, booked -> booked.callbackId().equals(callbackId));
	}

	private static CallbackDue due(UUID callbackId, UUID chatId, String queue, String preferredAgent, Person customer) {
		Instant said = Instant.now().minusSeconds(60);
		CallbackContext context = new CallbackContext(chatId, "acme", queue, customer.phone(), Media.CHAT,
				new Customer(customer.name(), customer.phone(), "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "The billing bot cannot handle disputed charges",
				List.of(new TranscriptLine(said, TranscriptLine.Speaker.CUSTOMER, customer.name(), customer.words())));
		return new CallbackDue(UUID.randomUUID(), Instant.now(), callbackId, chatId, 1, preferredAgent, context);
	}

	private void awaitWaiting(UUID callbackId) {
		await().until(() -> "WAITING".equals(jdbc.sql("select status from queued_callback where callback_id = ?")
			.param(callbackId)
			.query(String.class)
			.optional()
			.orElse(null)));
	}

	/** The latest slot of the queue with a place free, well ahead of now, so it does not start during the test. */
	private Slot slotWithRoom(String queue) {
		return await().until(() -> jdbc.sql("""
				select s.queue, s.slot_start as start, s.slot_end as "end" from callback_slot s
				where s.queue = ? and s.slot_start > ?
				  and s.capacity > (select count(*) from callback_booking b
				                    where b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end)
				order by s.slot_start desc limit 1""")
			.params(queue, Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
			.query(Slot.class)
			.optional(), Optional::isPresent).orElseThrow();
	}

	private int bookingsIn(Slot slot) {
		return jdbc.sql("select count(*) from callback_booking where queue = ? and due_at >= ? and due_at < ?")
			.params(slot.queue(), Timestamp.from(slot.start()), Timestamp.from(slot.end()))
			.query(Integer.class)
			.single();
	}

	private int count(String table, UUID callbackId) {
		return jdbc.sql("select count(*) from " + table + " where callback_id = ?")
			.param(callbackId)
			.query(Integer.class)
			.single();
	}

	private int undelivered(UUID key) {
		return jdbc.sql("select count(*) from outbox_event where message_key = ?")
			.param(key.toString())
			.query(Integer.class)
			.single();
	}

	record Slot(String queue, Instant start, Instant end) {
	}

	private record Person(String name, String phone, String words) {
	}

}
