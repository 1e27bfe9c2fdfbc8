package org.reachback.callback.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.AttemptOutcome;
import org.reachback.platform.phone.CallingWindow;
import org.springframework.boot.convert.DurationStyle;

/**
 * What follows an attempt that ended without a conversation. The outcome's rule
 * ({@code reachback.callbacks.retry.<OUTCOME>}) gives the interval and the attempts allowed in
 * all; the next attempt starts after the interval, at the callee's calling window's next opening if
 * it is closed then. A callback out of attempts expires, as does one whose next attempt would start
 * more than {@code give-up-after} after the time it was booked for: the customer was tried and could
 * not be reached. One that must never be retried (an invalid number) fails.
 */
final class RetryPolicy {

	private final CallbackSettings settings;

	RetryPolicy(CallbackSettings settings) {
		this.settings = settings;
	}

	Decision decide(Callback callback, AttemptOutcome outcome, CallingWindow window, Instant now) {
		CallbackSettings.Retry rule = settings.retryAfter(outcome);
		int attempt = Math.max(callback.attempt(), 1);
		String ended = outcome + " on attempt " + attempt + " of " + rule.maxAttempts();
		if (rule.equals(CallbackSettings.Retry.NEVER)) {
			return new GiveUp(CallbackStatus.FAILED, outcome + " on attempt " + attempt + ": never retried");
		}
		if (attempt >= rule.maxAttempts()) {
			return new GiveUp(CallbackStatus.EXPIRED, ended + ": no attempts left");
		}
		Instant earliest = now.plus(rule.interval());
		Optional<Instant> next = window.nextOpening(earliest);
		Instant bookedFor = callback.bookedFor() != null ? callback.bookedFor() : callback.requestedAt();
		Instant deadline = bookedFor.plus(settings.giveUpAfter());
		if (next.isEmpty() || next.get().isAfter(deadline)) {
			return new GiveUp(CallbackStatus.EXPIRED, ended + ": given up, since the next attempt"
					+ next.map(at -> ", at " + at + ",").orElse("") + " would start more than "
					+ print(settings.giveUpAfter()) + " after " + bookedFor + ", the time it was booked for");
		}
		String when = next.get().equals(earliest) ? "at " + earliest
				: "at " + next.get() + ", when the calling window (" + window + ") opens";
		return new Retry(next.get(), ended + ": next attempt after " + print(rule.interval()) + ", " + when);
	}

	/** e.g. {@code 10m}, in the largest unit that divides it, as the configuration writes it. */
	private static String print(Duration duration) {
		for (ChronoUnit unit : List.of(ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			if (!duration.isZero() && duration.toNanos() % unit.getDuration().toNanos() == 0) {
				return DurationStyle.SIMPLE.print(duration, unit);
			}
		}
		return DurationStyle.SIMPLE.print(duration);
	}

	sealed interface Decision permits Retry, GiveUp {
	}

	/** Schedule the next attempt for {@code dueAt}. */
	record Retry(Instant dueAt, String reason) implements Decision {
	}

	/** End the callback: {@code EXPIRED} (no attempts left, or past the overall expiry) or {@code FAILED} (never retried). */
	record GiveUp(CallbackStatus status, String reason) implements Decision {
	}

}
