package org.reachback.callback.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.callback.Brands;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.platform.phone.CallingHours;
import org.reachback.platform.phone.CallingWindowRules;

import static org.assertj.core.api.Assertions.assertThat;

class BookingPolicyTest {

	/** 09:00 in London (GMT), inside the default calling window. */
	private static final Instant NINE_IN_LONDON = Instant.parse("2030-03-04T09:00:00Z");

	/** 22:30 in London, after the default calling window closed. */
	private static final Instant HALF_TEN_PM_IN_LONDON = Instant.parse("2030-03-04T22:30:00Z");

	private static final CallingWindowRules WINDOWS = new CallingWindowRules(LocalTime.of(8, 0), LocalTime.of(21, 0),
			Map.of("RU", CallingHours.of("10:00", "11:00")));

	private static final Brands BRANDS = new Brands(Map.of("islands", new Brands.Brand(List.of("GB", "IE"))));

	private Clock clock = Clock.fixed(NINE_IN_LONDON, ZoneOffset.UTC);

	private final BookingPolicy policy = new BookingPolicy(Duration.ofMinutes(5), WINDOWS, BRANDS);

	@Test
	void asSoonAsPossibleIsDueNowWithTheNumberInE164() {
		assertThat(policy.decide(request(null, "020 7946 0958", "en-GB"), clock.instant()))
			.isEqualTo(new BookingPolicy.Scheduled("+442079460958", NINE_IN_LONDON, "booked as soon as possible"));
	}

	@Test
	void asSoonAsPossibleOutsideTheCallingWindowIsDueWhenItOpens() {
		clock = Clock.fixed(HALF_TEN_PM_IN_LONDON, ZoneOffset.UTC);

		assertThat(policy.decide(request(null, "020 7946 0958", "en-GB"), clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Scheduled.class, scheduled -> {
				assertThat(scheduled.dueAt()).isEqualTo(Instant.parse("2030-03-05T08:00:00Z"));
				assertThat(scheduled.reason()).contains("calling window (08:00–21:00 in Europe/London) is closed now",
						"2030-03-05T08:00:00Z");
			});
	}

	@Test
	void aChosenSlotInsideTheCallingWindowIsAskedFor() {
		Instant slot = NINE_IN_LONDON.plus(Duration.ofHours(2));
		assertThat(policy.decide(request(slot, "+34 612 34 56 78", null), clock.instant()))
			.isEqualTo(new BookingPolicy.SlotWanted("+34612345678", slot));
	}

	@Test
	void aSlotThatStartedWithinTheGracePeriodIsStillAskedFor() {
		Instant slot = NINE_IN_LONDON.minus(Duration.ofMinutes(4));
		assertThat(policy.decide(request(slot, "+442079460958", null), clock.instant()))
			.isEqualTo(new BookingPolicy.SlotWanted("+442079460958", slot));
	}

	@Test
	void aSlotInThePastIsRefusedWithAReason() {
		assertThat(policy.decide(request(NINE_IN_LONDON.minus(Duration.ofMinutes(6)), "+442079460958", null),
				clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class, refused -> {
				assertThat(refused.problem()).contains("in the past");
				assertThat(refused.code()).isEqualTo("slot-in-past");
			});
	}

	@Test
	void aSlotOutsideTheCalleesCallingWindowIsRefused() {
		assertThat(policy.decide(request(HALF_TEN_PM_IN_LONDON, "+442079460958", null), clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class, refused -> {
				assertThat(refused.problem()).contains("outside the hours we may call you (08:00–21:00 in Europe/London)");
				assertThat(refused.code()).isEqualTo("outside-hours");
			});
	}

	@Test
	void aNumberThatCannotBeCalledIsRefusedWithTheProblem() {
		assertThat(policy.decide(request(null, "12345", "en-GB"), clock.instant()))
			.isEqualTo(new BookingPolicy.Refused("'12345' is not a valid phone number", "invalid-phone"));
		assertThat(policy.decide(request(null, "12345", "en-GB", "acme", Media.CHAT), clock.instant()))
			.as("a number given is checked, whatever the medium")
			.isEqualTo(new BookingPolicy.Refused("'12345' is not a valid phone number", "invalid-phone"));
	}

	@Test
	void aVoiceCallbackWithoutANumberIsRefusedAndOneInTheChatIsBookedWithoutOne() {
		assertThat(policy.decide(request(null, null, "en-GB", "acme", Media.VOICE), clock.instant()))
			.isEqualTo(new BookingPolicy.Refused(
					"A voice callback needs a phone number to call, and the request has none", "phone-required"));
		assertThat(policy.decide(request(null, " ", "en-GB", "acme", Media.CHAT), clock.instant()))
			.isEqualTo(new BookingPolicy.Scheduled(null, NINE_IN_LONDON, "booked as soon as possible"));
		assertThat(policy.decide(request(null, null, "en-GB"), clock.instant())).as("no medium and no number: a chat")
			.isEqualTo(new BookingPolicy.Scheduled(null, NINE_IN_LONDON, "booked as soon as possible"));
		assertThat(policy.decide(request(HALF_TEN_PM_IN_LONDON, null, "en-GB", "acme", Media.CHAT), clock.instant()))
			.as("the customer's hours, in their zone").isInstanceOfSatisfying(BookingPolicy.Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("outside-hours"));
		Instant slot = NINE_IN_LONDON.plus(Duration.ofHours(2));
		assertThat(policy.decide(request(slot, null, "en-GB", "acme", Media.CHAT), clock.instant()))
			.isEqualTo(new BookingPolicy.SlotWanted(null, slot));
	}

	@Test
	void aPremiumRateNumberIsNotCallable() {
		assertThat(policy.decide(request(null, "+44 909 876 5432", null), clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class, refused -> {
				assertThat(refused.problem()).contains("premium-rate");
				assertThat(refused.code()).isEqualTo("number-not-callable");
			});
	}

	@Test
	void aBrandCallsOnlyTheCountriesItLists() {
		assertThat(policy.decide(request(null, "+33 1 42 68 53 00", null, "islands"), clock.instant()))
			.isEqualTo(new BookingPolicy.Refused(
					"'+33 1 42 68 53 00' is a number in France (FR), and we can only call numbers in GB, IE",
					"number-not-callable"));
		assertThat(policy.decide(request(null, "+353 1 234 5678", null, "islands"), clock.instant()))
			.isInstanceOf(BookingPolicy.Scheduled.class);
	}

	@Test
	void aNumberWhoseZonesShareNoCallingHoursIsNotCallable() {
		CallbackRequested russia = new CallbackRequested(UUID.randomUUID(), NINE_IN_LONDON, UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), null, null, new CallbackContext(UUID.randomUUID(), "acme", "billing",
						"+7 495 123-45-67", Media.VOICE, Customer.anonymous(), "billing_dispute", HandoverReason.INTENT_NOT_HANDLED,
						"not handled", List.of()));

		assertThat(policy.decide(russia, clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class, refused -> {
				assertThat(refused.problem()).contains("share no calling hours");
				assertThat(refused.code()).isEqualTo("number-not-callable");
			});
	}

	@Test
	void theCustomersOwnNumberIsUsedWhenTheContextHasNone() {
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", null, null,
				new Customer("Ana", "612 34 56 78", "Europe/Madrid", "es-ES"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "not handled", List.of());
		assertThat(policy.decide(new CallbackRequested(UUID.randomUUID(), NINE_IN_LONDON, context.chatId(),
				UUID.randomUUID(), UUID.randomUUID(), null, null, context), clock.instant()))
			.isEqualTo(new BookingPolicy.Scheduled("+34612345678", NINE_IN_LONDON, "booked as soon as possible"));
	}

	@Test
	void aRequestWithoutContextIsRefused() {
		assertThat(policy.decide(new CallbackRequested(UUID.randomUUID(), NINE_IN_LONDON, UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), null, null, null), clock.instant()))
			.isEqualTo(new BookingPolicy.Refused("The request carries no callback context", "invalid-request"));
	}

	@Test
	void aScheduledCallbackNotYetDueMovesToASlotInsideTheWindow() {
		Instant newSlot = NINE_IN_LONDON.plus(Duration.ofHours(3));

		assertThat(policy.decideMove(scheduled(NINE_IN_LONDON.plus(Duration.ofHours(1))), newSlot, clock.instant()))
			.isEqualTo(new BookingPolicy.SlotWanted("+442079460958", newSlot));
		assertThat(policy.decideMove(scheduled(NINE_IN_LONDON.plus(Duration.ofHours(1))), HALF_TEN_PM_IN_LONDON,
				clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("outside-hours"));
	}

	@Test
	void aCallbackThatIsDueOrAlreadyMovingCannotMove() {
		Instant newSlot = NINE_IN_LONDON.plus(Duration.ofHours(3));
		Callback dueNow = scheduled(NINE_IN_LONDON);
		Callback moving = scheduled(NINE_IN_LONDON.plus(Duration.ofHours(1))).withPendingSlot(newSlot);
		Callback rejected = Callback.requested(UUID.randomUUID(), UUID.randomUUID(), false, null, null, NINE_IN_LONDON)
			.withProblem("no");

		assertThat(policy.decideMove(dueNow, newSlot, clock.instant()))
			.isEqualTo(new BookingPolicy.Refused("A due callback cannot move", "not-movable"));
		assertThat(policy.decideMove(moving, newSlot, clock.instant()))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class, refused -> {
				assertThat(refused.problem()).contains("still being booked");
				assertThat(refused.code()).isEqualTo("not-movable");
			});
		assertThat(policy.decideMove(rejected, newSlot, clock.instant()))
			.isEqualTo(new BookingPolicy.Refused("A REQUESTED callback cannot move", "not-movable"));
	}

	private static Callback scheduled(Instant dueAt) {
		CallbackRequested request = request(null, "+442079460958", "en-GB");
		Callback callback = Callback.requested(request.callbackId(), request.chatId(), false, null, request.context(),
				NINE_IN_LONDON).scheduledAt(dueAt, "+442079460958");
		return new Callback(callback.id(), callback.chatId(), CallbackStatus.SCHEDULED, callback.queue(),
				callback.phone(), callback.dueAt(), false, null, callback.context(), 0, null, null, null, null,
				callback.requestedAt(), callback.updatedAt(), callback.bookedFor(), callback.pendingSlot());
	}

	private static CallbackRequested request(Instant slot, String phone, String locale) {
		return request(slot, phone, locale, "acme");
	}

	private static CallbackRequested request(Instant slot, String phone, String locale, String brand) {
		return request(slot, phone, locale, brand, null);
	}

	private static CallbackRequested request(Instant slot, String phone, String locale, String brand, Media media) {
		UUID chatId = UUID.randomUUID();
		CallbackContext context = new CallbackContext(chatId, brand, "billing", phone, media,
				new Customer("Ana", null, "Europe/London", locale), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle disputes", List.of());
		return new CallbackRequested(UUID.randomUUID(), NINE_IN_LONDON, chatId, UUID.randomUUID(), UUID.randomUUID(),
				slot, null, context);
	}

}
