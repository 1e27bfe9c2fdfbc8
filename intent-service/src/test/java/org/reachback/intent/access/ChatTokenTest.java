package org.reachback.intent.access;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTokenTest {

	@Test
	void tokensAre32RandomBytesInBase64Url() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String token = ChatToken.random().value();
			assertThat(token).matches("[A-Za-z0-9_-]+");
			assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(32);
			tokens.add(token);
		}
		assertThat(tokens).hasSize(100);
	}

	@Test
	void onlyTheSameTokenMatchesItsStoredHash() {
		ChatToken token = ChatToken.random();
		byte[] stored = token.hash();

		assertThat(stored).hasSize(32).isNotEqualTo(token.value().getBytes());
		assertThat(new ChatToken(token.value()).matches(stored)).isTrue();
		assertThat(ChatToken.random().matches(stored)).isFalse();
		assertThat(new ChatToken(token.value() + "x").matches(stored)).isFalse();
		assertThat(token.matches(null)).isFalse();
	}

	@Test
	void neverShowsItselfInLogs() {
		ChatToken token = ChatToken.random();

		assertThat(token.toString()).doesNotContain(token.value());
	}

}
