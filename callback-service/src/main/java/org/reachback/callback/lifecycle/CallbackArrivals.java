package org.reachback.callback.lifecycle;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a callback's request, its cancellation and an erasure of it meet, whichever arrives first:
 * each records its arrival in the same row, and the primary key makes the later one wait until the
 * earlier one has committed, so the later one always learns of the earlier. Without it a
 * cancellation that overtook its request found no callback and was dropped, and the callback was
 * booked anyway; and a request that came after its erasure would record the customer's data again.
 */
@Repository
public class CallbackArrivals {

	/** The reason recorded for, and published with, a customer's cancellation. */
	public static final String CANCELLED_BY_CUSTOMER = "cancelled by the customer";

	private final JdbcClient jdbc;

	CallbackArrivals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the request arrived, and says what came before it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Arrival requestArrived(UUID callbackId) {
		return jdbc.sql("""
				insert into callback_arrival (callback_id, requested) values (?, true)
				on conflict (callback_id) do update set requested = true returning cancelled, erased""")
			.param(callbackId)
			.query((rs, row) -> rs.getBoolean("erased") ? Arrival.AFTER_ERASURE
					: rs.getBoolean("cancelled") ? Arrival.AFTER_CANCELLATION : Arrival.FIRST)
			.single();
	}

	/** Records that the cancellation arrived; false when its request has not yet. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean cancellationArrived(UUID callbackId) {
		return jdbc.sql("""
				insert into callback_arrival (callback_id, cancelled) values (?, true)
				on conflict (callback_id) do update set cancelled = true returning requested""")
			.param(callbackId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records that these callbacks are erased, in id order: a request or cancellation of one of them
	 * under way commits first (so the erasure then sees the callback it recorded), and one that comes
	 * later waits for the erasure and then finds its callback erased. Call it before locking the
	 * callbacks, in the order a request takes its locks.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(Collection<UUID> callbackIds) {
		jdbc.sql("""
				insert into callback_arrival (callback_id, erased)
				select id, true from unnest(cast(? as uuid[])) as erased (id) order by id
				on conflict (callback_id) do update set erased = true""")
			.param(Ids.array(callbackIds))
			.update();
	}

	/**
	 * Deletes the rows of erased callbacks whose request was recorded: their request cannot come
	 * again but as a repeat the inbox skips, so they need no row to be refused by.
	 * @return how many rows there were before {@link #erase}, which wrote the row (with neither
	 * flag) of a callback recorded before this table existed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(Collection<UUID> recordedIds) {
		return (int) jdbc.sql("""
				delete from callback_arrival where callback_id = any(cast(? as uuid[]))
				returning requested or cancelled""")
			.param(Ids.array(recordedIds))
			.query(Boolean.class)
			.list()
			.stream()
			.filter(Boolean::booleanValue)
			.count();
	}

	/** What a request finds when it arrives. */
	public enum Arrival {

		/** Nothing came before it: it is booked. */
		FIRST,
		/** The customer's cancellation: it is recorded and cancelled at once, never booked. */
		AFTER_CANCELLATION,
		/** An erasure of the customer's data: it is not recorded at all. */
		AFTER_ERASURE

	}

}
