package org.reachback.intent.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token of one chat: 32 random bytes, base64url without padding. The widget keeps it;
 * the service keeps only its SHA-256 hash, so a leaked database does not open anyone's chat.
 *
 * @param origin the {@code Origin} header of the request that presented the token, which must be
 *     one the chat's brand allows; {@code null} for a request not made by a browser page (and for a
 *     token just made)
 */
public record ChatToken(String value, String origin) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int BYTES = 32;

	/** A token as presented by a request without an {@code Origin}. */
	public ChatToken(String value) {
		this(value, null);
	}

	public static ChatToken random() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return new ChatToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	public byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Compares in constant time, so response times do not reveal how much of a hash matched. */
	public boolean matches(byte[] storedHash) {
		return storedHash != null && MessageDigest.isEqual(hash(), storedHash);
	}

	@Override
	public String toString() {
		return "ChatToken[hidden]";
	}

}
