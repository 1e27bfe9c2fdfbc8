package org.reachback.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The cache of verified tokens in front of a decoder that stands for the issuer's signature check,
 * on a clock and a ticker the test moves together.
 */
class VerifiedTokensTest {

	private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

	private final AtomicLong nanos = new AtomicLong();

	private final List<String> verifiedByTheDecoder = new ArrayList<>();

	/** Accepts tokens named {@code good-<seconds to expiry>} or {@code good-forever}, refuses any other. */
	private final JwtDecoder signatureCheck = token -> {
		verifiedByTheDecoder.add(token);
		if (!token.startsWith("good-")) {
			throw new BadJwtException("bad signature");
		}
		String life = token.substring("good-".length());
		Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("agent-7").issuedAt(START);
		return life.equals("forever") ? jwt.build() : jwt.expiresAt(START.plusSeconds(Long.parseLong(life))).build();
	};

	private final VerifiedTokens tokens = new VerifiedTokens(signatureCheck, new Clock() {

		@Override
		public Instant instant() {
			return now();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}, nanos::get);

	@Test
	void aTokenIsVerifiedOnceForAMinuteAtMostAndNeverPastItsExpiry() {
		assertThat(tokens.decode("good-300").getSubject()).isEqualTo("agent-7");
		tokens.decode("good-300");
		tokens.decode("good-30");
		assertThat(verifiedByTheDecoder).containsExactly("good-300", "good-30");

		pass(Duration.ofSeconds(31));
		tokens.decode("good-300");
		tokens.decode("good-30");
		assertThat(verifiedByTheDecoder).as("the 30-second token is verified again once expired")
			.containsExactly("good-300", "good-30", "good-30");

		pass(Duration.ofSeconds(30));
		tokens.decode("good-300");
		assertThat(verifiedByTheDecoder).as("kept a minute at most").hasSize(4).endsWith("good-300");
	}

	@Test
	void aRefusedTokenOrOneWithoutExpiryIsNeverKept() {
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		tokens.decode("good-forever");
		tokens.decode("good-forever");

		assertThat(verifiedByTheDecoder).containsExactly("forged", "forged", "good-forever", "good-forever");
	}

	private Instant now() {
		return START.plusNanos(nanos.get());
	}

	private void pass(Duration duration) {
		nanos.addAndGet(TimeUnit.NANOSECONDS.convert(duration));
	}

}
