package org.reachback.events.privacy;

import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

/**
 * The keys personal data is sealed with, one per data subject (a chat), shared by every service.
 * Erasing a subject destroys its key for good, and with it every sealed copy of its data on the
 * topics, the dead-letter topics included: crypto-shredding.
 */
public interface SubjectKeys {

	/** The key to seal the subject's data with, made now if it has none; empty once it is erased. */
	Optional<SecretKey> sealing(UUID subject);

	/**
	 * The key to open the subject's data with; empty once it is erased.
	 * @throws UnknownSubjectException when the subject never had a key
	 * @throws KeysUnavailableException when the keys cannot be read now (so may any method)
	 */
	Optional<SecretKey> opening(UUID subject);

	/** A subject with no key at all, erased or not: what is sealed for it can never be opened. */
	class UnknownSubjectException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public UnknownSubjectException(UUID subject) {
			super("No key was ever made for data subject " + subject);
		}

	}

	/** The keys could not be read or written (the database restarting, a connection lost): try again. */
	class KeysUnavailableException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public KeysUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
