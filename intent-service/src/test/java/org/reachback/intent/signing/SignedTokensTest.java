package org.reachback.intent.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedTokensTest {

	private static final String SECRET = "a-secret-for-tests-only-32-chars-or-more";

	private final byte[] payload = "the payload".getBytes(StandardCharsets.UTF_8);

	@Test
	void aSealedPayloadOpensAsItWasAndOnlyWithItsKeyAndLength() {
		String token = new SignedTokens(SECRET, "test.secret").seal(payload);

		ByteBuffer opened = new SignedTokens(SECRET, "test.secret").open(token, payload.length).orElseThrow();

		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(payload.length + 32);
		byte[] read = new byte[opened.remaining()];
		opened.get(read);
		assertThat(read).isEqualTo(payload);
		assertThat(new SignedTokens(SECRET.replace('a', 'b'), "test.secret").open(token, payload.length))
			.as("another key")
			.isEmpty();
		assertThat(new SignedTokens(SECRET, "test.secret").open(token, payload.length - 1)).isEmpty();
	}

	@Test
	void aChangedByteOrNoTokenOpensNothing() {
		SignedTokens tokens = new SignedTokens(SECRET, "test.secret");
		byte[] bytes = Base64.getUrlDecoder().decode(tokens.seal(payload));

		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			assertThat(tokens.open(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), payload.length))
				.as("byte %d changed", i)
				.isEmpty();
		}
		assertThat(tokens.open("not base64!", payload.length)).isEmpty();
		assertThat(tokens.open("", payload.length)).isEmpty();
	}

	@Test
	void withoutASecretTokensVerifyUntilTheNextStartOnly() {
		SignedTokens first = new SignedTokens(null, "test.secret");
		String token = first.seal(payload);

		assertThat(first.open(token, payload.length)).isPresent();
		assertThat(new SignedTokens(" ", "test.secret").open(token, payload.length)).as("after a restart").isEmpty();
	}

	@Test
	void aShortSecretIsRefusedNamingItsSetting() {
		assertThatThrownBy(() -> SignedTokens.checkSecret("test.secret", "too-short"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("test.secret must be at least 32 characters");
		SignedTokens.checkSecret("test.secret", null);
		SignedTokens.checkSecret("test.secret", SECRET);
	}

}
