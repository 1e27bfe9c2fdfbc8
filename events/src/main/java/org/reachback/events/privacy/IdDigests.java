package org.reachback.events.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * How a table keeps an id it must recognise without naming it (an erased callback, a keyring's
 * chat): the SHA-256 of the id as text.
 */
public final class IdDigests {

	private IdDigests() {
	}

	public static byte[] sha256(UUID id) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
