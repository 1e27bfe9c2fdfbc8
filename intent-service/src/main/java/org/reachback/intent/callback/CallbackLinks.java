package org.reachback.intent.callback;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.intent.signing.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links that let the customer read, move or cancel one callback without the
 * chat's token (from an e-mail or a text message). A link token is a {@link SignedTokens} token of
 * {@code version (1) | callback id (16) | chat id (16) | expiry, epoch seconds (8)}. Nothing is
 * stored: a token is valid while its signature matches and it has not expired.
 */
@Component
public class CallbackLinks {

	static final String PATH = "/api/v1/callback-links/";

	private static final byte VERSION = 1;

	private static final int SIGNED = 1 + 16 + 16 + 8;

	private final SignedTokens tokens;

	private final LinkSettings settings;

	private final Clock clock;

	CallbackLinks(LinkSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.tokens = new SignedTokens(settings.secret(), "reachback.links.secret");
	}

	/** A link to the callback, valid for {@code reachback.links.valid-for} from now. */
	public URI issue(UUID callbackId, UUID chatId) {
		return url(token(callbackId, chatId, clock.instant().plus(settings.validFor())));
	}

	/** The link of a token already issued. */
	URI url(String token) {
		String base = settings.baseUrl().toString();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + token);
	}

	String token(UUID callbackId, UUID chatId, Instant expiresAt) {
		return tokens.seal(ByteBuffer.allocate(SIGNED)
			.put(VERSION)
			.putLong(callbackId.getMostSignificantBits())
			.putLong(callbackId.getLeastSignificantBits())
			.putLong(chatId.getMostSignificantBits())
			.putLong(chatId.getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond())
			.array());
	}

	/** The callback a token opens; empty when it is malformed, tampered with or expired. */
	Optional<Link> verify(String token) {
		return tokens.open(token, SIGNED)
			.filter(read -> read.get() == VERSION)
			.map(read -> new Link(new UUID(read.getLong(), read.getLong()), new UUID(read.getLong(), read.getLong()),
					Instant.ofEpochSecond(read.getLong())))
			.filter(link -> clock.instant().isBefore(link.expiresAt()));
	}

	/** What a valid link token names. */
	record Link(UUID callbackId, UUID chatId, Instant expiresAt) {
	}

}
