package org.reachback.callback.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.bot.CallbackRequested;

import static org.assertj.core.api.Assertions.assertThat;

class BookingPolicyTest {

	private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");

	private final BookingPolicy policy = new BookingPolicy(Duration.ofMinutes(5));

	@Test
	void asSoonAsPossibleIsDueNowWithTheNumberInE164() {
		assertThat(policy.decide(request(null, "020 7946 0958", "en-GB"), NOW))
			.isEqualTo(new BookingPolicy.Accepted("+442079460958", NOW));
	}

	@Test
	void aChosenSlotIsDueAtItsStart() {
		Instant slot = NOW.plus(Duration.ofHours(2));
		assertThat(policy.decide(request(slot, "+34 612 34 56 78", null), NOW))
			.isEqualTo(new BookingPolicy.Accepted("+34612345678", slot));
	}

	@Test
	void aSlotThatStartedWithinTheGracePeriodIsStillBooked() {
		Instant slot = NOW.minus(Duration.ofMinutes(4));
		assertThat(policy.decide(request(slot, "+442079460958", null), NOW))
			.isEqualTo(new BookingPolicy.Accepted("+442079460958", slot));
	}

	@Test
	void aSlotInThePastIsRefusedWithAReason() {
		assertThat(policy.decide(request(NOW.minus(Duration.ofMinutes(6)), "+442079460958", null), NOW))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class,
					refused -> assertThat(refused.problem()).contains("in the past"));
	}

	@Test
	void aNumberThatCannotBeCalledIsRefusedWithTheProblem() {
		assertThat(policy.decide(request(null, "12345", "en-GB"), NOW))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class,
					refused -> assertThat(refused.problem()).contains("'12345' is not a valid phone number"));
		assertThat(policy.decide(request(null, null, "en-GB"), NOW))
			.isInstanceOfSatisfying(BookingPolicy.Refused.class,
					refused -> assertThat(refused.problem()).contains("required"));
	}

	@Test
	void theCustomersOwnNumberIsUsedWhenTheContextHasNone() {
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", null,
				new Customer("Ana", "612 34 56 78", "Europe/Madrid", "es-ES"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "not handled", List.of());
		assertThat(policy.decide(new CallbackRequested(UUID.randomUUID(), NOW, context.chatId(), UUID.randomUUID(),
				UUID.randomUUID(), null, null, context), NOW))
			.isEqualTo(new BookingPolicy.Accepted("+34612345678", NOW));
	}

	@Test
	void aRequestWithoutContextIsRefused() {
		assertThat(policy.decide(new CallbackRequested(UUID.randomUUID(), NOW, UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), null, null, null), NOW))
			.isEqualTo(new BookingPolicy.Refused("The request carries no callback context"));
	}

	private static CallbackRequested request(Instant slot, String phone, String locale) {
		UUID chatId = UUID.randomUUID();
		CallbackContext context = new CallbackContext(chatId, "acme", "billing", phone,
				new Customer("Ana", null, "Europe/London", locale), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle disputes", List.of());
		return new CallbackRequested(UUID.randomUUID(), NOW, chatId, UUID.randomUUID(), UUID.randomUUID(), slot, null,
				context);
	}

}
