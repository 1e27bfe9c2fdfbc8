package org.reachback.callback.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.platform.phone.CallingHours;
import org.reachback.platform.phone.CallingWindow;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

	/** 10:00 in London (BST). */
	private static final Instant TEN_IN_LONDON = Instant.parse("2030-06-03T09:00:00Z");

	private static final CallingWindow LONDON = CallingWindow.of(CallingHours.DEFAULT, ZoneId.of("Europe/London"));

	private final Clock clock = Clock.fixed(TEN_IN_LONDON, ZoneOffset.UTC);

	private final RetryPolicy policy = new RetryPolicy(settings(Map.of()));

	@ParameterizedTest
	@CsvSource(textBlock = """
			NO_ANSWER, 10
			BUSY,       5
			DECLINED,  30
			FAILED,     2
			INTERRUPTED, 2
			""")
	void aFirstAttemptWithoutAConversationIsRetriedAfterItsOutcomesInterval(AttemptOutcome outcome, long minutes) {
		Instant next = clock.instant().plus(Duration.ofMinutes(minutes));

		assertThat(policy.decide(callback(1, clock.instant()), outcome, LONDON, clock.instant()))
			.isInstanceOfSatisfying(RetryPolicy.Retry.class, retry -> {
				assertThat(retry.dueAt()).isEqualTo(next);
				assertThat(retry.reason()).startsWith(outcome + " on attempt 1 of ")
					.endsWith("next attempt after " + minutes + "m, at " + next);
			});
	}

	@Test
	void aRetryThatWouldStartOutsideTheCallingWindowStartsWhenItOpens() {
		Instant fiveToNine = Instant.parse("2030-06-03T19:55:00Z");

		assertThat(policy.decide(callback(1, fiveToNine), AttemptOutcome.NO_ANSWER, LONDON, fiveToNine))
			.isInstanceOfSatisfying(RetryPolicy.Retry.class, retry -> {
				assertThat(retry.dueAt()).isEqualTo(Instant.parse("2030-06-04T07:00:00Z"));
				assertThat(retry.reason()).contains("when the calling window (08:00–21:00 in Europe/London) opens");
			});
	}

	@Test
	void aCallbackOutOfAttemptsFails() {
		assertThat(policy.decide(callback(3, clock.instant()), AttemptOutcome.NO_ANSWER, LONDON, clock.instant()))
			.isEqualTo(new RetryPolicy.GiveUp(CallbackStatus.EXPIRED, "NO_ANSWER on attempt 3 of 3: no attempts left"));
		assertThat(policy.decide(callback(2, clock.instant()), AttemptOutcome.DECLINED, LONDON, clock.instant()))
			.isEqualTo(new RetryPolicy.GiveUp(CallbackStatus.EXPIRED, "DECLINED on attempt 2 of 2: no attempts left"));
		assertThat(policy.decide(callback(3, clock.instant()), AttemptOutcome.INTERRUPTED, LONDON, clock.instant()))
			.isEqualTo(new RetryPolicy.GiveUp(CallbackStatus.EXPIRED,
					"INTERRUPTED on attempt 3 of 3: no attempts left"));
	}

	@Test
	void everyOutcomeHasARuleAndAnInterruptedDialIsRetriedLikeAFailure() {
		CallbackSettings defaults = settings(Map.of());

		assertThat(AttemptOutcome.values()).allSatisfy(outcome -> assertThat(defaults.retryAfter(outcome)).isNotNull());
		assertThat(CallbackSettings.DEFAULT_RETRY.get(AttemptOutcome.INTERRUPTED))
			.isEqualTo(new CallbackSettings.Retry(Duration.ofMinutes(2), 3));
	}

	@Test
	void anInvalidNumberIsNeverRetriedEvenIfConfiguredTo() {
		RetryPolicy eager = new RetryPolicy(settings(Map.of(AttemptOutcome.INVALID_NUMBER,
				new CallbackSettings.Retry(Duration.ofMinutes(1), 5))));

		assertThat(eager.decide(callback(1, clock.instant()), AttemptOutcome.INVALID_NUMBER, LONDON, clock.instant()))
			.isEqualTo(new RetryPolicy.GiveUp(CallbackStatus.FAILED, "INVALID_NUMBER on attempt 1: never retried"));
		assertThat(policy.decide(callback(1, clock.instant()), AttemptOutcome.COMPLETED, LONDON, clock.instant()))
			.isInstanceOfSatisfying(RetryPolicy.GiveUp.class,
					giveUp -> assertThat(giveUp.status()).isEqualTo(CallbackStatus.FAILED));
	}

	@Test
	void aRetryThatWouldStartPastTheOverallExpiryExpiresTheCallback() {
		Instant bookedAlmostADayAgo = clock.instant().minus(Duration.ofHours(23).plusMinutes(55));

		assertThat(policy.decide(callback(1, bookedAlmostADayAgo), AttemptOutcome.NO_ANSWER, LONDON, clock.instant()))
			.isInstanceOfSatisfying(RetryPolicy.GiveUp.class, giveUp -> {
				assertThat(giveUp.status()).isEqualTo(CallbackStatus.EXPIRED);
				assertThat(giveUp.reason()).contains("at 2030-06-03T09:10:00Z", "more than 24h after "
						+ bookedAlmostADayAgo);
			});
	}

	@Test
	void waitingForTheCallingWindowCanRunPastTheOverallExpiry() {
		Instant fiveToNine = Instant.parse("2030-06-03T19:55:00Z");
		Instant bookedSixteenHoursAgo = fiveToNine.minus(Duration.ofHours(16));

		assertThat(policy.decide(callback(1, bookedSixteenHoursAgo), AttemptOutcome.BUSY, LONDON, fiveToNine))
			.isInstanceOfSatisfying(RetryPolicy.GiveUp.class,
					giveUp -> assertThat(giveUp.status()).isEqualTo(CallbackStatus.EXPIRED));
	}

	@Test
	void configuredRulesReplaceTheDefaultsOfTheirOutcomeOnly() {
		RetryPolicy patient = new RetryPolicy(settings(Map.of(AttemptOutcome.NO_ANSWER,
				new CallbackSettings.Retry(Duration.ofMinutes(1), 5))));

		assertThat(patient.decide(callback(4, clock.instant()), AttemptOutcome.NO_ANSWER, LONDON, clock.instant()))
			.isInstanceOfSatisfying(RetryPolicy.Retry.class,
					retry -> assertThat(retry.dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1))));
		assertThat(patient.decide(callback(3, clock.instant()), AttemptOutcome.BUSY, LONDON, clock.instant()))
			.isInstanceOf(RetryPolicy.GiveUp.class);
	}

	private static CallbackSettings settings(Map<AttemptOutcome, CallbackSettings.Retry> retry) {
		return new CallbackSettings(Duration.ofMillis(250), 100, Duration.ofHours(4), Duration.ofMinutes(5),
				Duration.ofHours(24), retry);
	}

	/** A callback in its {@code attempt}-th attempt, booked for {@code bookedFor}. */
	private static Callback callback(int attempt, Instant bookedFor) {
		UUID chatId = UUID.randomUUID();
		CallbackContext context = new CallbackContext(chatId, "acme", "billing", "+442079460958", null,
				new Customer("Ana", null, "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "not handled", List.of());
		return new Callback(UUID.randomUUID(), chatId, CallbackStatus.IN_PROGRESS, "billing", "+442079460958",
				bookedFor, true, null, context, attempt, "maria", "Maria Lopez", UUID.randomUUID(), null, bookedFor,
				bookedFor, bookedFor, null);
	}

}
