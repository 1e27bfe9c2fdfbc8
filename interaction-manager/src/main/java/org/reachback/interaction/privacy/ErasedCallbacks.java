package org.reachback.interaction.privacy;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.reachback.events.privacy.IdDigests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callbacks erased here (table {@code erased_callback}, as the SHA-256 of each id, so that no
 * row names one), so that a late event about one is dropped. An erasure and an event of the same callback serialise on a transaction-scoped
 * advisory lock of the callback id: whichever comes second sees what the first committed, so an
 * event either lands before the erasure, which then deletes what it wrote, or finds the callback
 * erased.
 */
@Repository
public class ErasedCallbacks {

	private final JdbcClient jdbc;

	ErasedCallbacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the callback against a concurrent erasure, then tells whether it was erased. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lockAndCheck(UUID callbackId) {
		lock(callbackId);
		return jdbc.sql("select exists (select 1 from erased_callback where callback_digest = ?)")
			.param(IdDigests.sha256(callbackId))
			.query(Boolean.class)
			.single();
	}

	/** Locks the callbacks, in id order as every erasure does, and records them erased. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Collection<UUID> callbackIds) {
		SortedSet<UUID> sorted = new TreeSet<>(callbackIds);
		sorted.forEach(this::lock);
		sorted.forEach(callbackId -> jdbc.sql("insert into erased_callback (callback_digest) values (?) on conflict do nothing")
			.param(IdDigests.sha256(callbackId))
			.update());
	}

	private void lock(UUID callbackId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(? as text), 0))")
			.param(callbackId)
			.query((rs, row) -> 1)
			.single();
	}

}
