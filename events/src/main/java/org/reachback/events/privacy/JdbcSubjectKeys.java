package org.reachback.events.privacy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The subjects' keys in PostgreSQL, table {@code keyring.subject_key} (created with the service
 * roles, {@code deploy/postgres/keyring.sql}): a random 256-bit AES key per subject, found by the
 * SHA-256 of the subject's id, so that the table names no chat. Erasing a subject overwrites its key
 * with nothing and keeps the row as a tombstone, so that nothing sealed later makes a new key that
 * would open it. Connections come from {@code connections}: in a service, a transaction-aware data
 * source, so that a key made while an event is written commits or rolls back with that event. Nothing
 * is cached here; erasing notifies {@value #ERASED} (PostgreSQL's {@code NOTIFY}, delivered when the
 * erasing transaction commits) so that every cache of keys, in every service, forgets.
 */
public final class JdbcSubjectKeys implements SubjectKeys {

	/** The channel erasures are notified on, the same for every service sharing the database. */
	public static final String ERASED = "keyring.erased";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DataSource connections;

	public JdbcSubjectKeys(DataSource connections) {
		this.connections = connections;
	}

	@Override
	public Optional<SecretKey> sealing(UUID subject) {
		byte[] digest = IdDigests.sha256(subject);
		try (Connection connection = connections.getConnection()) {
			Optional<Stored> found = find(connection, digest);
			if (found.isPresent()) {
				return found.get().key();
			}
			byte[] secret = new byte[32];
			RANDOM.nextBytes(secret);
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into keyring.subject_key (subject_digest, secret) values (?, ?) on conflict do nothing")) {
				insert.setBytes(1, digest);
				insert.setBytes(2, secret);
				insert.executeUpdate();
			}
			// another transaction may have made it first, or erased it meanwhile
			return find(connection, digest).orElseThrow(() -> new UnknownSubjectException(subject)).key();
		}
		catch (SQLException ex) {
			throw new KeysUnavailableException("Could not read the key of data subject " + subject, ex);
		}
	}

	@Override
	public Optional<SecretKey> opening(UUID subject) {
		try (Connection connection = connections.getConnection()) {
			return find(connection, IdDigests.sha256(subject)).orElseThrow(() -> new UnknownSubjectException(subject)).key();
		}
		catch (SQLException ex) {
			throw new KeysUnavailableException("Could not read the key of data subject " + subject, ex);
		}
	}

	/**
	 * Destroys the subjects' keys, and leaves a tombstone for those that had none yet.
	 * @return how many keys were destroyed
	 */
	public int erase(Collection<UUID> subjects) {
		int destroyed = 0;
		try (Connection connection = connections.getConnection();
				PreparedStatement erase = connection.prepareStatement("""
						insert into keyring.subject_key (subject_digest, secret, erased_at) values (?, null, now())
						on conflict (subject_digest) do update set secret = null, erased_at = now()
						where subject_key.secret is not null
						returning (xmax <> 0) as destroyed""")) {
			for (UUID subject : subjects.stream().sorted().toList()) {
				erase.setBytes(1, IdDigests.sha256(subject));
				try (ResultSet rows = erase.executeQuery()) {
					destroyed += rows.next() && rows.getBoolean(1) ? 1 : 0;
				}
			}
			try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, '')")) {
				notify.setString(1, ERASED);
				notify.executeQuery().close();
			}
			return destroyed;
		}
		catch (SQLException ex) {
			throw new KeysUnavailableException("Could not erase the keys of " + subjects.size() + " data subjects", ex);
		}
	}

	/** A subject's row: its key, or a tombstone once it is erased. */
	private record Stored(byte[] secret) {

		Optional<SecretKey> key() {
			return Optional.ofNullable(secret).map(bytes -> new SecretKeySpec(bytes, "AES"));
		}

	}

	private static Optional<Stored> find(Connection connection, byte[] digest) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select secret from keyring.subject_key where subject_digest = ?")) {
			query.setBytes(1, digest);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? Optional.of(new Stored(rows.getBytes(1))) : Optional.empty();
			}
		}
	}

}
