package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.testing.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Moving a callback: the old booking stands until interaction-manager confirms the new one. */
@ServiceIntegrationTest
class CallbackRescheduleIntegrationTests extends OtherServices {

	@Test
	void aScheduledCallbackMovesOnlyOnceTheNewSlotIsBooked() {
		Instant first = Requests.now().plus(Duration.ofHours(2));
		Instant moved = first.plus(Duration.ofHours(1));
		CallbackRequested request = scheduledFor(first);

		otherServices.publish(Topics.CHAT, move(request, moved));

		CallbackSlotRequested asked = awaitNth(request.callbackId(), CallbackSlotRequested.class, 2);
		assertThat(asked.slot()).isEqualTo(moved);
		assertThat(asked.reschedule()).isTrue();
		assertThat(table.dueAt(request.callbackId())).as("the old booking stands meanwhile").isEqualTo(first);
		bookAskedSlot(request.callbackId(), 2);

		CallbackScheduled rescheduled = awaitNth(request.callbackId(), CallbackScheduled.class, 2);
		assertThat(rescheduled.dueAt()).isEqualTo(moved);
		assertThat(table.dueAt(request.callbackId())).isEqualTo(moved);
		assertThat(table.appliedTransitions(request.callbackId())).endsWith("REQUESTED->SCHEDULED",
				"SCHEDULED->SCHEDULED");
		assertThat(table.reasons(request.callbackId())).last().asString().startsWith("moved from " + first);
	}

	@Test
	void aMoveToASlotThatIsFullIsRefusedAndTheEarlierBookingKept() {
		Instant first = Requests.now().plus(Duration.ofHours(2));
		Instant wanted = first.plus(Duration.ofHours(1));
		CallbackRequested request = scheduledFor(first);

		otherServices.publish(Topics.CHAT, move(request, wanted));
		refuseAskedSlot(request.callbackId(), 2, "slot-full");

		CallbackRescheduleRefused refused = awaitNth(request.callbackId(), CallbackRescheduleRefused.class, 1);
		assertThat(refused.requestedSlot()).isEqualTo(wanted);
		assertThat(refused.dueAt()).isEqualTo(first);
		assertThat(refused.problem()).isEqualTo("slot-full");
		assertThat(table.status(request.callbackId())).isEqualTo("SCHEDULED");
		assertThat(table.dueAt(request.callbackId())).isEqualTo(first);
		assertThat(published.of(request.callbackId(), CallbackScheduled.class)).hasSize(1);
		assertThat(table.refusals(request.callbackId())).singleElement().asString()
			.contains("refused (slot-full)", "stays at " + first);
	}

	@Test
	void aCallbackThatIsAlreadyDueCannotMove() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		awaitNth(request.callbackId(), CallbackDue.class, 1);

		otherServices.publish(Topics.CHAT, move(request, Requests.now().plus(Duration.ofHours(1))));

		CallbackRescheduleRefused refused = awaitNth(request.callbackId(), CallbackRescheduleRefused.class, 1);
		assertThat(refused.problem()).isEqualTo("not-movable");
		assertThat(table.status(request.callbackId())).isEqualTo("DUE");
		assertThat(published.of(request.callbackId(), CallbackSlotRequested.class)).isEmpty();
	}

	@Test
	void anotherChatCannotMoveTheCallback() {
		Instant first = Requests.now().plus(Duration.ofHours(2));
		CallbackRequested request = scheduledFor(first);
		CallbackRescheduleRequested stranger = new CallbackRescheduleRequested(UUID.randomUUID(), Requests.now(),
				UUID.randomUUID(), request.callbackId(), first.plus(Duration.ofHours(1)));

		otherServices.publish(Topics.CHAT, stranger);

		CallbackRescheduleRefused refused = awaitNth(request.callbackId(), CallbackRescheduleRefused.class, 1);
		assertThat(refused.chatId()).isEqualTo(stranger.chatId());
		assertThat(refused.dueAt()).isNull();
		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(stranger.eventId()));
		assertThat(table.dueAt(request.callbackId())).isEqualTo(first);
		assertThat(published.of(request.callbackId(), CallbackSlotRequested.class)).hasSize(1);
	}

	private CallbackRequested scheduledFor(Instant slot) {
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		bookAskedSlot(request.callbackId(), 1);
		awaitNth(request.callbackId(), CallbackScheduled.class, 1);
		return request;
	}

	private static CallbackRescheduleRequested move(CallbackRequested request, Instant slot) {
		return new CallbackRescheduleRequested(UUID.randomUUID(), Requests.now(), request.chatId(),
				request.callbackId(), slot);
	}

}
