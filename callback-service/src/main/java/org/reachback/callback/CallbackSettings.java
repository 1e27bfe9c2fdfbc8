package org.reachback.callback;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.reachback.events.AttemptOutcome;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callbacks are timed, under {@code reachback.callbacks}.
 *
 * @param timerInterval how often the durable timer looks for callbacks that became due or expired
 * @param batchSize how many callbacks one timer transaction moves at most
 * @param expireAfter how long a due callback may wait for an agent, counted from its due time,
 * before it expires
 * @param slotGrace how far in the past a chosen slot may start and still be booked (as due now):
 * a customer who picks the 10:00 slot at 10:02 still gets their call
 * @param giveUpAfter how long after the time the customer was booked for (the request, for as soon
 * as possible) retries may still start; a retry that would start later expires the callback
 * @param retry the retry rule per attempt outcome; an outcome not configured keeps its default
 * ({@link #DEFAULT_RETRY})
 */
@ConfigurationProperties("reachback.callbacks")
public record CallbackSettings(@DefaultValue("250ms") Duration timerInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("4h") Duration expireAfter, @DefaultValue("5m") Duration slotGrace,
		@DefaultValue("24h") Duration giveUpAfter, Map<AttemptOutcome, Retry> retry) {

	/**
	 * No answer: 10 minutes, 3 attempts; busy: 5 minutes, 3; declined: 30 minutes, 2; failed:
	 * 2 minutes, 3; interrupted (session-service stopped while dialling, and never dials that
	 * attempt twice): 2 minutes, 3. An invalid number and a completed call are never tried again.
	 */
	public static final Map<AttemptOutcome, Retry> DEFAULT_RETRY = Map.of(
			AttemptOutcome.NO_ANSWER, new Retry(Duration.ofMinutes(10), 3),
			AttemptOutcome.BUSY, new Retry(Duration.ofMinutes(5), 3),
			AttemptOutcome.DECLINED, new Retry(Duration.ofMinutes(30), 2),
			AttemptOutcome.FAILED, new Retry(Duration.ofMinutes(2), 3),
			AttemptOutcome.INTERRUPTED, new Retry(Duration.ofMinutes(2), 3),
			AttemptOutcome.INVALID_NUMBER, Retry.NEVER,
			AttemptOutcome.COMPLETED, Retry.NEVER);

	public CallbackSettings {
		if (batchSize < 1) {
			throw new IllegalArgumentException("reachback.callbacks.batch-size must be at least 1");
		}
		Map<AttemptOutcome, Retry> rules = new EnumMap<>(DEFAULT_RETRY);
		if (retry != null) {
			rules.putAll(retry);
		}
		rules.put(AttemptOutcome.INVALID_NUMBER, Retry.NEVER);
		rules.put(AttemptOutcome.COMPLETED, Retry.NEVER);
		retry = Map.copyOf(rules);
	}

	public Retry retryAfter(AttemptOutcome outcome) {
		return retry.get(outcome);
	}

	/**
	 * After an attempt with a given outcome, wait {@code interval} before the next, as long as the
	 * callback has had fewer than {@code maxAttempts} attempts.
	 *
	 * @param maxAttempts attempts in all, the first included; 1 means never retried
	 */
	public record Retry(Duration interval, int maxAttempts) {

		public static final Retry NEVER = new Retry(Duration.ZERO, 1);

		public Retry {
			if (interval == null || interval.isNegative() || maxAttempts < 1) {
				throw new IllegalArgumentException(
						"A retry rule needs an interval of zero or more and max-attempts of at least 1");
			}
		}

	}

}
