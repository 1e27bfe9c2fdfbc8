package org.reachback.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens for the Spring integration tests, signed with the tests' own key
 * ({@code reachback-test-issuer.key}, a key for tests only, trusted by
 * {@code reachback-test.properties}), with the claims an OpenID Connect issuer gives Reachback:
 * {@code preferred_username}, {@code roles} and the audience {@code reachback}. The launcher's
 * tests get their tokens from the local run's issuer instead.
 */
public final class TestTokens {

	private static final JwtEncoder ENCODER = NimbusJwtEncoder
		.withKeyPair(RsaKeyConverters.x509().convert(resource("reachback-test-issuer.pub")),
				RsaKeyConverters.pkcs8().convert(resource("reachback-test-issuer.key")))
		.build();

	private TestTokens() {
	}

	/**
	 * A token of one of the tests' users: {@code admin} (ADMIN), {@code supervisor} (SUPERVISOR),
	 * and any other name an agent (AGENT) whose agent id is that name.
	 */
	public static String forUser(String user) {
		String role = switch (user) {
			case "admin" -> "ADMIN";
			case "supervisor" -> "SUPERVISOR";
			default -> "AGENT";
		};
		return token(user, List.of(role), Duration.ofHours(1));
	}

	/** A token with these roles, valid for {@code lifetime} (negative: expired that long ago). */
	public static String token(String user, List<String> roles, Duration lifetime) {
		return token(user, roles, lifetime, "reachback");
	}

	/** A token meant for {@code audience}, which Reachback is not unless it is {@code reachback}. */
	public static String token(String user, List<String> roles, Duration lifetime, String audience) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("https://issuer.reachback.test")
			.subject(user)
			.claim("preferred_username", user)
			.claim("roles", roles)
			.audience(List.of(audience))
			.issuedAt(lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : now)
			.expiresAt(now.plus(lifetime))
			.build();
		return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	private static InputStream resource(String name) {
		InputStream stream = TestTokens.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new UncheckedIOException(new IOException(name + " is not on the class path"));
		}
		return stream;
	}

}
