package org.reachback.platform.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.crypto.SecretKey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.events.privacy.SubjectKeys;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The subjects' keys as a service seals and opens events with them: read from the keyring once,
 * then remembered, so that consuming a personal event no longer costs a query and a commit of its
 * own. A subject's key never changes once committed, except to be erased, so what is remembered is
 * safe to keep as long as every erasure is heard:
 * <ul>
 * <li>an erasure, from any instance of any service, notifies {@value JdbcSubjectKeys#ERASED} when it
 * commits, and every instance forgets all it remembers (erasures are rare; the keys are read again);
 * <li>nothing is remembered while the listening connection is down, and all is forgotten when it
 * is lost, so that an erasure that could not be heard is never outlived;
 * <li>a key read in a transaction is remembered only once that transaction commits (it may have
 * been made in it and roll back with it);
 * <li>a read that overlapped an erasure is not remembered: every erasure heard starts a new
 * generation, and a key read in an older one is dropped.
 * </ul>
 * Keys are also forgotten {@link #KEPT} after they were read, which bounds how long a key could
 * outlive an erasure if a notification were ever lost on a connection that did not fail, and how
 * much key material sits in memory ({@link #MAXIMUM} subjects).
 */
public final class CachedSubjectKeys implements SubjectKeys, Signals.Listener {

	static final Duration KEPT = Duration.ofMinutes(5);

	static final long MAXIMUM = 20_000;

	private final JdbcSubjectKeys keyring;

	private final Cache<UUID, Optional<SecretKey>> remembered;

	private final AtomicLong generation = new AtomicLong();

	private volatile boolean hearing;

	public CachedSubjectKeys(JdbcSubjectKeys keyring) {
		this.keyring = keyring;
		this.remembered = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(MAXIMUM).recordStats().build();
	}

	@Override
	public Optional<SecretKey> sealing(UUID subject) {
		return read(subject, keyring::sealing);
	}

	@Override
	public Optional<SecretKey> opening(UUID subject) {
		return read(subject, keyring::opening);
	}

	/** What is remembered, for the service's metrics. */
	Cache<UUID, Optional<SecretKey>> remembered() {
		return remembered;
	}

	private Optional<SecretKey> read(UUID subject, Function<UUID, Optional<SecretKey>> fromTheKeyring) {
		Optional<SecretKey> known = remembered.getIfPresent(subject);
		if (known != null) {
			return known;
		}
		long readIn = generation.get();
		Optional<SecretKey> key = fromTheKeyring.apply(subject);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					remember(subject, key, readIn);
				}

			});
		}
		else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			remember(subject, key, readIn);
		}
		return key;
	}

	private void remember(UUID subject, Optional<SecretKey> key, long readIn) {
		if (!hearing || generation.get() != readIn) {
			return;
		}
		remembered.put(subject, key);
		if (!hearing || generation.get() != readIn) {
			// an erasure was heard (or the connection lost) while it was put: it may be one of those erased
			remembered.invalidate(subject);
		}
	}

	@Override
	public void signalled(String payload) {
		forget();
	}

	@Override
	public void missed() {
		forget();
		hearing = true;
	}

	@Override
	public void lost() {
		hearing = false;
		forget();
	}

	private void forget() {
		generation.incrementAndGet();
		remembered.invalidateAll();
	}

}
