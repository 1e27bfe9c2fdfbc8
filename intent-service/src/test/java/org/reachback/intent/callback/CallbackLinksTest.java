package org.reachback.intent.callback;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackLinksTest {

	private static final String SECRET = "a-secret-for-tests-only-32-chars-or-more";

	private final Instant issuedAt = Instant.parse("2030-03-07T09:00:00Z");

	private final UUID callbackId = UUID.randomUUID();

	private final UUID chatId = UUID.randomUUID();

	@Test
	void aLinkOpensItsCallbackUntilItExpires() {
		URI url = links(SECRET, issuedAt).issue(callbackId, chatId);
		String token = token(url);

		assertThat(url.toString()).startsWith("https://chat.example.com/api/v1/callback-links/");
		assertThat(token).matches("[A-Za-z0-9_-]+");
		CallbackLinks.Link link = links(SECRET, issuedAt.plus(Duration.ofDays(7)).minusSeconds(1)).verify(token)
			.orElseThrow();
		assertThat(link.callbackId()).isEqualTo(callbackId);
		assertThat(link.chatId()).isEqualTo(chatId);
		assertThat(link.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofDays(7)));
		assertThat(links(SECRET, issuedAt.plus(Duration.ofDays(7))).verify(token)).as("expired").isEmpty();
	}

	@Test
	void aTamperedOrForeignLinkOpensNothing() {
		String token = token(links(SECRET, issuedAt).issue(callbackId, chatId));
		byte[] bytes = Base64.getUrlDecoder().decode(token);

		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			assertThat(links(SECRET, issuedAt).verify(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered)))
				.as("byte %d changed", i)
				.isEmpty();
		}
		assertThat(links(SECRET.replace('a', 'b'), issuedAt).verify(token)).as("signed with another secret").isEmpty();
		assertThat(links(SECRET, issuedAt).verify(token.substring(1))).isEmpty();
		assertThat(links(SECRET, issuedAt).verify(token + "AA")).isEmpty();
		assertThat(links(SECRET, issuedAt).verify("not base64!")).isEmpty();
		assertThat(links(SECRET, issuedAt).verify("")).isEmpty();
	}

	@Test
	void withoutASecretLinksAreSignedWithARandomOneOfThisStartOnly() {
		CallbackLinks first = links(null, issuedAt);
		String token = token(first.issue(callbackId, chatId));

		assertThat(first.verify(token)).isPresent();
		assertThat(links(null, issuedAt).verify(token)).as("after a restart").isEmpty();
	}

	@Test
	void aShortSecretIsRefusedAtStart() {
		assertThatThrownBy(() -> new LinkSettings("too-short", Duration.ofDays(7), URI.create("http://localhost:8080")))
			.hasMessageContaining("at least 32 characters");
	}

	private static CallbackLinks links(String secret, Instant now) {
		return new CallbackLinks(new LinkSettings(secret, Duration.ofDays(7), URI.create("https://chat.example.com/")),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	private static String token(URI url) {
		String path = url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
