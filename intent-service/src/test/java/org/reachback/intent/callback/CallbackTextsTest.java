package org.reachback.intent.callback;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.Media;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackTextsTest {

	private static final String LONDON = "Europe/London";

	private final UUID callbackId = UUID.randomUUID();

	private final UUID chatId = UUID.randomUUID();

	private final Instant now = Instant.parse("2030-03-07T09:00:00Z");

	private final CallbackView booked = view(CallbackStatus.SCHEDULED, Instant.parse("2030-03-07T14:00:00Z"), false,
			null);

	@Test
	void tellsTheCustomerTimesInTheirOwnZone() {
		CallbackView summer = view(CallbackStatus.SCHEDULED, Instant.parse("2030-07-04T09:00:00Z"), false, null);

		assertThat(CallbackTexts.describe(summer, "Europe/Madrid"))
			.isEqualTo("Your callback is booked for Thu 4 Jul, 11:00 (Europe/Madrid).");
		assertThat(CallbackTexts.describe(summer, null)).contains("09:00 (Z)");
		assertThat(CallbackTexts.describe(summer, "Not/AZone")).as("an unknown zone reads as UTC").contains("09:00 (Z)");
	}

	@Test
	void eachRetryTellsWhenWeTryAgain() {
		CallbackRetryScheduled retry = new CallbackRetryScheduled(UUID.randomUUID(), now, callbackId, chatId, 1,
				AttemptOutcome.NO_ANSWER, Instant.parse("2030-03-07T14:30:00Z"), "no answer; retry in 5h30");

		assertThat(CallbackTexts.news(retry, Optional.of(booked), booked, "Asia/Kolkata"))
			.contains("We couldn't reach you; we'll try again at Thu 7 Mar, 20:00 (Asia/Kolkata).");
	}

	@Test
	void aBookedMoveSaysTheNewTime() {
		Instant moved = Instant.parse("2030-03-08T10:00:00Z");
		CallbackScheduled scheduled = new CallbackScheduled(UUID.randomUUID(), now, callbackId, chatId, "billing",
				"+442079460958", moved, false, null);
		CallbackView after = view(CallbackStatus.SCHEDULED, moved, false, null);

		assertThat(CallbackTexts.news(scheduled, Optional.of(booked), after, LONDON))
			.contains("Your callback is now at Fri 8 Mar, 10:00 (Europe/London).");
		assertThat(CallbackTexts.news(scheduled, Optional.of(view(CallbackStatus.REQUESTED, moved, false, null)), after,
				LONDON)).as("a first booking is not a move").contains("Your callback is booked for Fri 8 Mar, 10:00 (Europe/London).");
		assertThat(CallbackTexts.news(scheduled, Optional.of(view(CallbackStatus.SCHEDULED, moved, false, moved)), after,
				LONDON)).as("a move to the same time is still a move").contains("Your callback is now at Fri 8 Mar, 10:00 (Europe/London).");
	}

	@Test
	void aRefusedMoveSaysWhyAndThatTheBookingStands() {
		CallbackRescheduleRefused refused = new CallbackRescheduleRefused(UUID.randomUUID(), now, callbackId, chatId,
				Instant.parse("2030-03-08T10:00:00Z"), Instant.parse("2030-03-07T14:00:00Z"), "slot-full");
		CallbackRescheduleRefused unknown = new CallbackRescheduleRefused(UUID.randomUUID(), now, callbackId, chatId,
				null, null, "rota-frozen");

		assertThat(CallbackTexts.news(refused, Optional.of(booked), booked, LONDON))
			.contains("We couldn't move your callback to Fri 8 Mar, 10:00 (Europe/London): that time is fully booked. "
					+ "It stays booked for Thu 7 Mar, 14:00 (Europe/London).");
		assertThat(CallbackTexts.news(unknown, Optional.of(booked), booked, LONDON))
			.contains("We couldn't move your callback: it could not be booked (rota-frozen). It stays as it was.");
	}

	@Test
	void anAsapCallbackHeldBackByTheCallingWindowSaysFromWhen() {
		Instant opening = Instant.parse("2030-03-08T08:00:00Z");
		CallbackScheduled later = new CallbackScheduled(UUID.randomUUID(), Instant.parse("2030-03-07T22:10:00Z"),
				callbackId, chatId, "billing", "+442079460958", opening, true, null);
		CallbackScheduled now = new CallbackScheduled(UUID.randomUUID(), opening, callbackId, chatId, "billing",
				"+442079460958", opening, true, null);
		CallbackView asap = view(CallbackStatus.SCHEDULED, opening, true, null);

		assertThat(CallbackTexts.news(later, Optional.empty(), asap, LONDON))
			.contains("We may not call you right now, so an agent will call you on +•••••••••958 as soon as one is "
					+ "free from Fri 8 Mar, 08:00 (Europe/London).");
		assertThat(CallbackTexts.news(now, Optional.empty(), asap, LONDON))
			.contains("Your callback is booked: an agent will call you on +•••••••••958 as soon as one is free.");
	}

	@Test
	void aSlotAskedForTellsNothingYetAndExpiryTellsTheCustomerWithoutTheInternalReason() {
		CallbackSlotRequested asked = new CallbackSlotRequested(UUID.randomUUID(), now, callbackId, chatId, "acme",
				"billing", now.plusSeconds(3600), null, false);
		CallbackView expired = new CallbackView(callbackId, chatId, CallbackStatus.EXPIRED, "+442079460958", null,
				"billing", null, false, null, null, "no answer after 3 attempts", null, null, now);

		assertThat(CallbackTexts.news(asked, Optional.of(booked), booked, LONDON)).isEmpty();
		assertThat(CallbackTexts.news(new CallbackExpired(UUID.randomUUID(), now, callbackId, chatId, "x"),
				Optional.of(booked), expired, LONDON))
			.contains("Sorry, we tried but could not call you back in time. You can ask for another callback here.");
	}

	@Test
	void anOpenCallbackIsDescribedOnlyInItsOwnChat() {
		assertThat(CallbackTexts.alreadyOpen(booked, true, LONDON))
			.isEqualTo("You already have a callback for Thu 7 Mar, 14:00 (Europe/London) to +•••••••••958, so we "
					+ "have not booked another. You can move or cancel that one.");
		assertThat(CallbackTexts.alreadyOpen(booked, false, LONDON)).doesNotContain("14:00", "958")
			.startsWith("There is already a callback open for this number");
	}

	@Test
	void aCallbackInTheChatIsAnAgentJoiningHere() {
		CallbackView withoutNumber = new CallbackView(callbackId, chatId, CallbackStatus.REQUESTED, null, Media.CHAT,
				null, null, true, null, null, null, null, null, now);
		CallbackView withNumber = new CallbackView(callbackId, chatId, CallbackStatus.SCHEDULED, "+442079460958",
				Media.CHAT, "billing", now, true, null, null, null, null, null, now);
		CallbackView older = new CallbackView(callbackId, chatId, CallbackStatus.REQUESTED, null, null, null, null,
				true, null, null, null, null, null, now);

		assertThat(CallbackTexts.describe(withoutNumber, LONDON))
			.isEqualTo("Thanks! We are booking your callback here in this chat.");
		assertThat(CallbackTexts.describe(withNumber, LONDON)).as("chosen: chat, though there is a number")
			.isEqualTo("Your callback is booked: an agent will join you here as soon as one is free.");
		assertThat(older.mediaOrDefault()).as("no medium recorded and no number").isEqualTo(Media.CHAT);
		assertThat(view(CallbackStatus.SCHEDULED, now, true, null).mediaOrDefault()).isEqualTo(Media.VOICE);
	}

	private CallbackView view(CallbackStatus status, Instant dueAt, boolean asap, Instant requestedSlot) {
		return new CallbackView(callbackId, chatId, status, "+442079460958", null, "billing", dueAt, asap, null, null,
				null, null, requestedSlot, now);
	}

}
