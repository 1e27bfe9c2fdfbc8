package org.reachback.events.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payload sealed for its data subject: {@code {"sealedFor":"<chat id>","alg":"A256GCM",
 * "ciphertext":"<base64 of a 12-byte nonce and the AES-256-GCM ciphertext with its tag>"}}, the
 * event's type as additional data, so that a sealed payload cannot pass for another type's. The chat
 * id stays readable (it is the record key of the chat topics anyway), so that a reader knows which
 * key to ask for; once that key is destroyed, nothing about the customer is.
 */
public final class SealedPayloads {

	private static final String PREFIX = "{\"sealedFor\":";

	private static final String ALGORITHM = "A256GCM";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JsonMapper json;

	private final SubjectKeys keys;

	public SealedPayloads(JsonMapper json, SubjectKeys keys) {
		this.json = json;
		this.keys = keys;
	}

	/** Whether a payload is sealed: sealed payloads, and only they, start with their subject. */
	public static boolean isSealed(String payload) {
		return payload.startsWith(PREFIX);
	}

	/**
	 * Seals {@code plain} for {@code subject}; for a subject already erased, with a key made for
	 * this payload alone and kept nowhere, so that it can never be opened.
	 */
	public String seal(UUID subject, String type, String plain) {
		SecretKey key = keys.sealing(subject).orElseGet(SealedPayloads::throwAwayKey);
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed;
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
			sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java platform", ex);
		}
		byte[] data = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, data, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, data, NONCE_BYTES, sealed.length);
		return PREFIX + json.writeValueAsString(subject.toString()) + ",\"alg\":\"" + ALGORITHM + "\",\"ciphertext\":\""
				+ Base64.getEncoder().encodeToString(data) + "\"}";
	}

	/**
	 * The plain payload; empty when its subject is erased.
	 * @throws IllegalArgumentException when the payload is not a sealed payload of this type that its
	 * subject's key opens
	 * @throws SubjectKeys.UnknownSubjectException when its subject never had a key
	 */
	public Optional<String> open(String type, String payload) {
		JsonNode envelope = json.readTree(payload);
		if (!ALGORITHM.equals(envelope.path("alg").asString(null)) || !envelope.path("ciphertext").isString()) {
			throw new IllegalArgumentException("Not a sealed payload this code opens");
		}
		UUID subject = UUID.fromString(envelope.path("sealedFor").asString());
		Optional<SecretKey> key = keys.opening(subject);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		byte[] data = Base64.getDecoder().decode(envelope.path("ciphertext").asString());
		if (data.length <= NONCE_BYTES) {
			throw new IllegalArgumentException("A sealed payload too short to hold its nonce and tag");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
			return Optional.of(new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES),
					StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("A sealed payload its subject's key does not open: " + ex.getMessage(), ex);
		}
	}

	private static SecretKey throwAwayKey() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			return generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES is part of every Java platform", ex);
		}
	}

}
