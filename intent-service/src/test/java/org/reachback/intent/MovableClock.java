package org.reachback.intent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests that are about time passing: it starts now, on a whole second, and
 * moves only when a test says so, never back, so that tests need not wait for hours to pass.
 */
final class MovableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The service keeps time in UTC");
	}

	/** Puts the clock in the service's place; import it with {@code @Import}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class InService {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
