package org.reachback.intent.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens that prove themselves: base64url (no padding) of {@code payload | HMAC-SHA256 of the
 * payload (32 bytes)}. A token verifies while its signature matches, compared in constant time;
 * what the payload means, including when it expires, is the caller's.
 */
public final class SignedTokens {

	/** The shortest secret accepted, in characters. */
	public static final int MIN_SECRET_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(SignedTokens.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final int MAC = 32;

	private final SecretKeySpec key;

	/**
	 * @param secret the key; {@code null} or blank for a random one made now, which is logged as a
	 * warning because tokens then stop verifying on restart and differ between instances
	 * @param property the setting the secret comes from, named in that warning
	 */
	public SignedTokens(String secret, String property) {
		this.key = new SecretKeySpec(hasText(secret) ? secret.getBytes(StandardCharsets.UTF_8) : random(property),
				ALGORITHM);
	}

	/**
	 * For settings to refuse at start a secret too short to sign with.
	 *
	 * @throws IllegalArgumentException when {@code secret} is set and shorter than {@link #MIN_SECRET_LENGTH}
	 */
	public static void checkSecret(String property, String secret) {
		if (hasText(secret) && secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalArgumentException(property + " must be at least " + MIN_SECRET_LENGTH + " characters");
		}
	}

	public String seal(byte[] payload) {
		byte[] token = Arrays.copyOf(payload, payload.length + MAC);
		System.arraycopy(mac(payload), 0, token, payload.length, MAC);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/**
	 * @return the payload of a token this key sealed, positioned at its start; empty when the token
	 * is not base64url, its payload is not {@code payloadLength} bytes long, or its signature does not match
	 */
	public Optional<ByteBuffer> open(String token, int payloadLength) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length != payloadLength + MAC) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(bytes, payloadLength);
		return MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, payloadLength, bytes.length))
				? Optional.of(ByteBuffer.wrap(payload)) : Optional.empty();
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

	private static byte[] random(String property) {
		log.warn("{} is not set: a random secret made at start signs instead, so what was signed before a restart "
				+ "(or by another instance) will not verify; set it in production", property);
		byte[] random = new byte[MAC];
		new SecureRandom().nextBytes(random);
		return random;
	}

	private static boolean hasText(String secret) {
		return secret != null && !secret.isBlank();
	}

}
