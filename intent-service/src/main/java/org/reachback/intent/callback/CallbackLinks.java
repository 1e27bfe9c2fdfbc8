package org.reachback.intent.callback;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links that let the customer read, move or cancel one callback without the
 * chat's token (from an e-mail or a text message). A link token is base64url (no padding) of
 * {@code version (1) | callback id (16) | chat id (16) | expiry, epoch seconds (8) | HMAC-SHA256 of
 * all before (32)}. Nothing is stored: a token is valid while its signature matches and it has
 * not expired. Signatures are compared in constant time.
 */
@Component
public class CallbackLinks {

	static final String PATH = "/api/v1/callback-links/";

	private static final Logger log = LoggerFactory.getLogger(CallbackLinks.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final byte VERSION = 1;

	private static final int SIGNED = 1 + 16 + 16 + 8;

	private static final int MAC = 32;

	private final SecretKeySpec key;

	private final LinkSettings settings;

	private final Clock clock;

	CallbackLinks(LinkSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.key = new SecretKeySpec(secret(settings), ALGORITHM);
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
		ByteBuffer signed = ByteBuffer.allocate(SIGNED + MAC)
			.put(VERSION)
			.putLong(callbackId.getMostSignificantBits())
			.putLong(callbackId.getLeastSignificantBits())
			.putLong(chatId.getMostSignificantBits())
			.putLong(chatId.getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond());
		signed.put(mac(Arrays.copyOf(signed.array(), SIGNED)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signed.array());
	}

	/** The callback a token opens; empty when it is malformed, tampered with or expired. */
	Optional<Link> verify(String token) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length != SIGNED + MAC || bytes[0] != VERSION) {
			return Optional.empty();
		}
		byte[] expected = mac(Arrays.copyOf(bytes, SIGNED));
		if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, SIGNED, SIGNED + MAC))) {
			return Optional.empty();
		}
		ByteBuffer read = ByteBuffer.wrap(bytes, 1, SIGNED - 1);
		Link link = new Link(new UUID(read.getLong(), read.getLong()), new UUID(read.getLong(), read.getLong()),
				Instant.ofEpochSecond(read.getLong()));
		return clock.instant().isBefore(link.expiresAt()) ? Optional.of(link) : Optional.empty();
	}

	private byte[] mac(byte[] data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, ex);
		}
	}

	private static byte[] secret(LinkSettings settings) {
		if (settings.hasSecret()) {
			return settings.secret().getBytes(StandardCharsets.UTF_8);
		}
		log.warn("reachback.links.secret is not set: callback links are signed with a random secret made at start, "
				+ "so links issued before a restart (or by another instance) will not open; set it in production");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

	/** What a valid link token names. */
	record Link(UUID callbackId, UUID chatId, Instant expiresAt) {
	}

}
