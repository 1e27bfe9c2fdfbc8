package org.reachback.platform.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The access tokens a service has verified, so that the same token on its next requests (an agent's
 * pages polling, a supervisor's dashboard, an administrator's burst of changes) is not verified
 * again: checking an RS256 signature was a tenth of interaction-manager's processor time in the
 * performance harness's dispatch run (docs/performance.md). Keyed by the whole token, so only a
 * token the decoder accepted, byte for byte, is ever taken from here. A token is kept until it
 * expires and for at most {@link #KEPT}, so that one signed with a key the issuer withdrew stops being
 * accepted within that time, as a service that fetches the issuer's keys anew would notice it; a
 * token without an expiry is never kept. As API gateways do it (Envoy's {@code jwt_authn} cache).
 */
final class VerifiedTokens implements JwtDecoder {

	static final Duration KEPT = Duration.ofSeconds(60);

	static final long MAXIMUM = 10_000;

	private final JwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(JwtDecoder decoder) {
		this(decoder, Clock.systemUTC(), Ticker.systemTicker());
	}

	VerifiedTokens(JwtDecoder decoder, Clock clock, Ticker ticker) {
		this.decoder = decoder;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(MAXIMUM)
			.ticker(ticker)
			.expireAfter(Expiry.creating((String token, Jwt jwt) -> keptFor(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.getIfPresent(token);
		if (known != null) {
			return known;
		}
		Jwt jwt = decoder.decode(token);
		if (jwt.getExpiresAt() != null) {
			verified.put(token, jwt);
		}
		return jwt;
	}

	private Duration keptFor(Jwt jwt) {
		Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
		return untilExpiry.isNegative() ? Duration.ZERO : untilExpiry.compareTo(KEPT) < 0 ? untilExpiry : KEPT;
	}

}
