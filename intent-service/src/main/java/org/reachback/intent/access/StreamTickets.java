package org.reachback.intent.access;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.intent.signing.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * Issues and checks stream tickets without storing them: a ticket is a {@link SignedTokens} token
 * of {@code purpose (1) | chat id (16) | expiry, epoch seconds (8)}, signed with
 * {@code reachback.chat.ticket-secret}, so that any instance with the same secret accepts what
 * another issued. The purpose byte keeps a ticket from ever passing for another kind of token.
 */
@Component
class StreamTickets {

	/** The only purpose there is: the event stream of one chat. */
	private static final byte EVENT_STREAM = 'E';

	private static final int SIGNED = 1 + 16 + 8;

	private final SignedTokens tokens;

	private final AccessSettings settings;

	private final Clock clock;

	StreamTickets(AccessSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.tokens = new SignedTokens(settings.ticketSecret(), "reachback.chat.ticket-secret");
	}

	/** A ticket to the event stream of {@code chatId}, valid for {@code reachback.chat.stream-ticket-ttl}. */
	StreamTicket issue(UUID chatId) {
		Instant expiresAt = Instant.ofEpochSecond(clock.instant().plus(settings.streamTicketTtl()).getEpochSecond());
		return new StreamTicket(tokens.seal(ByteBuffer.allocate(SIGNED)
			.put(EVENT_STREAM)
			.putLong(chatId.getMostSignificantBits())
			.putLong(chatId.getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond())
			.array()), expiresAt);
	}

	/**
	 * @throws ChatNotFoundException unless {@code ticket} was issued here for the stream of
	 *     {@code chatId} and is untouched: another chat's ticket looks like a wrong token
	 * @throws CredentialExpiredException for such a ticket once it has expired
	 */
	void require(UUID chatId, String ticket) {
		ByteBuffer read = tokens.open(ticket, SIGNED)
			.filter(signed -> signed.get() == EVENT_STREAM)
			.filter(signed -> new UUID(signed.getLong(), signed.getLong()).equals(chatId))
			.orElseThrow(() -> new ChatNotFoundException(chatId));
		if (!clock.instant().isBefore(Instant.ofEpochSecond(read.getLong()))) {
			throw CredentialExpiredException.streamTicket();
		}
	}

}
