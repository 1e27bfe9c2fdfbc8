package org.reachback.intent.access;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.intent.signing.SignedTokens;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamTicketsTest {

	private static final String SECRET = "a-secret-for-tests-only-32-chars-or-more";

	private final Instant issuedAt = Instant.parse("2030-03-07T09:00:00.250Z");

	private final UUID chatId = UUID.randomUUID();

	@Test
	void aTicketOpensItsChatsStreamForItsTimeToLive() {
		StreamTicket ticket = tickets(SECRET, issuedAt).issue(chatId);

		assertThat(ticket.expiresAt()).isEqualTo(Instant.parse("2030-03-07T09:01:00Z"));
		assertThat(ticket.value()).matches("[A-Za-z0-9_-]+");
		assertThatCode(() -> tickets(SECRET, ticket.expiresAt().minusMillis(1)).require(chatId, ticket.value()))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> tickets(SECRET, ticket.expiresAt()).require(chatId, ticket.value()))
			.isInstanceOfSatisfying(CredentialExpiredException.class,
					expired -> assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void aTicketOpensNoOtherChatAndNothingElsePassesForOne() {
		String ticket = tickets(SECRET, issuedAt).issue(chatId).value();
		StreamTickets later = tickets(SECRET, issuedAt.plusSeconds(1));

		assertThatThrownBy(() -> later.require(UUID.randomUUID(), ticket)).isInstanceOf(ChatNotFoundException.class);
		assertThatThrownBy(() -> tickets(SECRET.replace('a', 'b'), issuedAt).require(chatId, ticket))
			.isInstanceOf(ChatNotFoundException.class);
		byte[] bytes = Base64.getUrlDecoder().decode(ticket);
		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
			assertThatThrownBy(() -> later.require(chatId, changed)).as("byte %d changed", i)
				.isInstanceOf(ChatNotFoundException.class);
		}
		String otherPurpose = new SignedTokens(SECRET, "test").seal(ByteBuffer.allocate(25)
			.put((byte) 'X')
			.putLong(chatId.getMostSignificantBits())
			.putLong(chatId.getLeastSignificantBits())
			.putLong(issuedAt.plusSeconds(60).getEpochSecond())
			.array());
		assertThatThrownBy(() -> later.require(chatId, otherPurpose)).as("signed alike, for another purpose")
			.isInstanceOf(ChatNotFoundException.class);
		assertThatThrownBy(() -> later.require(chatId, "not a ticket")).isInstanceOf(ChatNotFoundException.class);
	}

	private static StreamTickets tickets(String secret, Instant now) {
		return new StreamTickets(new AccessSettings(Duration.ofHours(2), Duration.ofHours(24), Duration.ofSeconds(60),
				secret), Clock.fixed(now, ZoneOffset.UTC));
	}

}
