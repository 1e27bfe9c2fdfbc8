package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.EventRecords;
import org.reachback.events.EventTypes;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.testing.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class CallbackBookingIntegrationTests extends OtherServices {

	private static final String BOT_DEAD_LETTERS = "reachback.bot.callback-service-dlt";

	@Override
	String[] watchedTopics() {
		return new String[] { Topics.CALLBACK, BOT_DEAD_LETTERS };
	}

	@Test
	void anAsSoonAsPossibleRequestIsScheduledThenDuePromptlyWithTheNormalisedPhoneAndFullContext() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_NATIONAL_PHONE);

		otherServices.publish(Topics.BOT, request);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> published.of(request.callbackId()), events -> events.size() >= 2);
		var events = published.of(request.callbackId());
		assertThat(events).hasSize(2);
		CallbackScheduled scheduled = (CallbackScheduled) events.get(0);
		CallbackDue due = (CallbackDue) events.get(1);
		assertThat(scheduled.chatId()).isEqualTo(request.chatId());
		assertThat(scheduled.phone()).isEqualTo(Requests.UK_E164_PHONE);
		assertThat(scheduled.queue()).isEqualTo("billing");
		assertThat(scheduled.asSoonAsPossible()).isTrue();
		assertThat(scheduled.preferredAgent()).isEqualTo("maria");
		assertThat(scheduled.dueAt()).isBetween(request.occurredAt(), Instant.now());
		assertThat(due.attempt()).isEqualTo(1);
		assertThat(due.preferredAgent()).isEqualTo("maria");
		assertThat(due.context()).isEqualTo(request.context().withPhone(Requests.UK_E164_PHONE));
		assertThat(Duration.between(scheduled.occurredAt(), due.occurredAt())).isLessThan(Duration.ofSeconds(5));
		assertThat(table.appliedTransitions(request.callbackId())).containsExactly("null->REQUESTED",
				"REQUESTED->SCHEDULED", "SCHEDULED->DUE");
	}

	@Test
	void theSameRequestDeliveredTwiceOrSentAgainMakesOneCallback() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		CallbackRequested sentAgain = Requests.again(request);

		otherServices.publish(Topics.BOT, request);
		otherServices.publish(Topics.BOT, request);
		otherServices.publish(Topics.BOT, sentAgain);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(sentAgain.eventId()));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> published.of(request.callbackId(), CallbackScheduled.class).size() == 1);
		assertThat(table.count(request.callbackId())).isEqualTo(1);
		assertThat(table.appliedTransitions(request.callbackId())).startsWith("null->REQUESTED", "REQUESTED->SCHEDULED")
			.containsOnlyOnce("null->REQUESTED");
	}

	@Test
	void aPhoneNumberThatCannotBeCalledRejectsTheCallbackWithTheProblem() {
		CallbackRequested request = Requests.asSoonAsPossible("12345");

		otherServices.publish(Topics.BOT, request);

		CallbackRejected rejected = awaitOne(request.callbackId(), CallbackRejected.class);
		assertThat(rejected.chatId()).isEqualTo(request.chatId());
		assertThat(rejected.problem()).isEqualTo("'12345' is not a valid phone number");
		assertThat(rejected.code()).isEqualTo("invalid-phone");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
		assertThat(table.appliedTransitions(request.callbackId())).containsExactly("null->REQUESTED",
				"REQUESTED->REJECTED");
		assertThat(published.of(request.callbackId(), CallbackScheduled.class)).isEmpty();
	}

	@Test
	void aVoiceCallbackWithoutANumberIsRejectedAndOneInTheChatIsBookedWithoutOne() {
		CallbackRequested call = Requests.asSoonAsPossible(Media.VOICE, null);
		CallbackRequested chat = Requests.asSoonAsPossible(Media.CHAT, null);

		otherServices.publish(Topics.BOT, call);
		otherServices.publish(Topics.BOT, chat);

		CallbackRejected rejected = awaitOne(call.callbackId(), CallbackRejected.class);
		assertThat(rejected.code()).isEqualTo("phone-required");
		assertThat(rejected.problem()).isEqualTo("A voice callback needs a phone number to call, and the request has none");
		CallbackDue due = awaitOne(chat.callbackId(), CallbackDue.class);
		assertThat(published.of(chat.callbackId(), CallbackScheduled.class)).singleElement()
			.satisfies(scheduled -> assertThat(scheduled.phone()).isNull());
		assertThat(due.context().media()).isEqualTo(Media.CHAT);
		assertThat(due.context().phone()).isNull();
	}

	@Test
	void aSlotInThePastRejectsTheCallback() {
		CallbackRequested request = Requests.at(Requests.now().minus(Duration.ofHours(1)), Requests.UK_E164_PHONE);

		otherServices.publish(Topics.BOT, request);

		CallbackRejected rejected = awaitOne(request.callbackId(), CallbackRejected.class);
		assertThat(rejected.problem()).contains("is in the past");
		assertThat(rejected.code()).isEqualTo("slot-in-past");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
		assertThat(published.of(request.callbackId(), CallbackSlotRequested.class)).isEmpty();
	}

	@Test
	void aPremiumRateNumberIsRefusedAsNotCallable() {
		CallbackRequested request = Requests.asSoonAsPossible("+44 909 876 5432");

		otherServices.publish(Topics.BOT, request);

		CallbackRejected rejected = awaitOne(request.callbackId(), CallbackRejected.class);
		assertThat(rejected.code()).isEqualTo("number-not-callable");
		assertThat(rejected.problem()).contains("premium-rate number");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
	}

	@Test
	void aBrandThatCallsOnlySomeCountriesRefusesTheNumbersOfOthers() {
		CallbackRequested french = Requests.forBrand("islands", "+33 1 42 68 53 00");
		CallbackRequested irish = Requests.forBrand("islands", "+353 1 234 5678");

		otherServices.publish(Topics.BOT, french);
		otherServices.publish(Topics.BOT, irish);

		CallbackRejected rejected = awaitOne(french.callbackId(), CallbackRejected.class);
		assertThat(rejected.code()).isEqualTo("number-not-callable");
		assertThat(rejected.problem()).endsWith("we can only call numbers in GB, IE");
		assertThat(awaitOne(irish.callbackId(), CallbackScheduled.class).phone()).isEqualTo("+35312345678");
	}

	@Test
	void aChosenSlotIsAskedForAndScheduledOnlyOnceItIsBooked() {
		Instant slot = Requests.now().plus(Duration.ofHours(2));
		CallbackRequested request = Requests.at(slot, Requests.UK_NATIONAL_PHONE);

		otherServices.publish(Topics.BOT, request);

		CallbackSlotRequested asked = awaitOne(request.callbackId(), CallbackSlotRequested.class);
		assertThat(asked).extracting(CallbackSlotRequested::chatId, CallbackSlotRequested::brand,
				CallbackSlotRequested::queue, CallbackSlotRequested::slot, CallbackSlotRequested::preferredAgent,
				CallbackSlotRequested::reschedule)
			.containsExactly(request.chatId(), "acme", "billing", slot, "maria", false);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
			.until(() -> "REQUESTED".equals(table.status(request.callbackId()))
					&& published.of(request.callbackId(), CallbackScheduled.class).isEmpty());

		SlotBooked booked = bookAskedSlot(request.callbackId(), 1);

		CallbackScheduled scheduled = awaitOne(request.callbackId(), CallbackScheduled.class);
		assertThat(scheduled.dueAt()).isEqualTo(booked.slotStart());
		assertThat(scheduled.phone()).isEqualTo(Requests.UK_E164_PHONE);
		assertThat(scheduled.asSoonAsPossible()).isFalse();
		assertThat(table.status(request.callbackId())).isEqualTo("SCHEDULED");
		assertThat(table.reasons(request.callbackId())).last().asString()
			.contains("slot " + slot + " to " + booked.slotEnd() + " booked with agent maria: 1 of 3 places taken");
	}

	@Test
	void aSlotThatFilledMeanwhileRejectsTheCallbackAsFull() {
		Instant slot = Requests.now().plus(Duration.ofHours(2));
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);

		refuseAskedSlot(request.callbackId(), 1, "slot-full");

		CallbackRejected rejected = awaitOne(request.callbackId(), CallbackRejected.class);
		assertThat(rejected.code()).isEqualTo("slot-full");
		assertThat(rejected.problem()).isEqualTo("The time you chose (" + slot
				+ ") is fully booked now; please choose another time");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
		assertThat(table.reasons(request.callbackId())).last().asString()
			.isEqualTo("slot " + slot + " refused (slot-full): 3 of 3 places taken");
		assertThat(published.of(request.callbackId(), CallbackScheduled.class)).isEmpty();
	}

	@Test
	void aScheduledCallbackBecomesDueOnlyAtItsSlot() {
		Instant slot = Requests.now().plusSeconds(4);
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);

		otherServices.publish(Topics.BOT, request);
		bookAskedSlot(request.callbackId(), 1);

		CallbackScheduled scheduled = awaitOne(request.callbackId(), CallbackScheduled.class);
		assertThat(scheduled.dueAt()).isEqualTo(slot);
		assertThat(scheduled.asSoonAsPossible()).isFalse();
		Duration untilShortlyBeforeSlot = Duration.between(Instant.now(), slot).minusMillis(300);
		if (!untilShortlyBeforeSlot.isNegative()) {
			await().during(untilShortlyBeforeSlot)
				.atMost(untilShortlyBeforeSlot.plusSeconds(2))
				.until(() -> "SCHEDULED".equals(table.status(request.callbackId())));
		}
		CallbackDue due = awaitOne(request.callbackId(), CallbackDue.class);
		assertThat(due.occurredAt()).isAfterOrEqualTo(slot);
		assertThat(due.context().phone()).isEqualTo(Requests.UK_E164_PHONE);
	}

	@Test
	void aMalformedRequestIsDeadLetteredAndTheNextOneIsStillBooked() {
		CallbackRequested next = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		String key = next.chatId().toString();

		otherServices.send(EventRecords.toRecord(Topics.BOT, key, "CallbackRequested", EventTypes.CURRENT_VERSION,
				UUID.randomUUID(), "{\"callbackId\": not json"));
		otherServices.publish(Topics.BOT, next);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> published.records(BOT_DEAD_LETTERS), records -> records.stream()
				.anyMatch(record -> key.equals(record.key()) && record.value().contains("not json")));
		awaitOne(next.callbackId(), CallbackScheduled.class);
	}

	private <T> T awaitOne(UUID callbackId, Class<T> type) {
		List<?> found = await().atMost(Duration.ofSeconds(20))
			.until(() -> published.of(callbackId).stream().filter(type::isInstance).toList(),
					matching -> !matching.isEmpty());
		return type.cast(found.get(0));
	}

}
