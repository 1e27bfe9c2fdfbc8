package org.reachback.callback.lifecycle;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a callback's request and its cancellation meet, whichever arrives first: each records its
 * arrival in the same row, and the primary key makes the later one wait until the earlier one has
 * committed, so the later one always learns of the earlier. Without it a cancellation that
 * overtook its request found no callback and was dropped, and the callback was booked anyway.
 */
@Repository
public class CallbackArrivals {

	/** The reason recorded for, and published with, a customer's cancellation. */
	public static final String CANCELLED_BY_CUSTOMER = "cancelled by the customer";

	private final JdbcClient jdbc;

	CallbackArrivals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the request arrived; true when the customer's cancellation had arrived before it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean requestArrived(UUID callbackId) {
		return arrived(callbackId, "requested", "cancelled");
	}

	/** Records that the cancellation arrived; false when its request has not yet. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean cancellationArrived(UUID callbackId) {
		return arrived(callbackId, "cancelled", "requested");
	}

	/** Sets the {@code arrived} column and returns the {@code other} one, under the row's lock. */
	private boolean arrived(UUID callbackId, String arrived, String other) {
		return jdbc.sql("insert into callback_arrival (callback_id, " + arrived + ") values (?, true)"
				+ " on conflict (callback_id) do update set " + arrived + " = true returning " + other)
			.param(callbackId)
			.query(Boolean.class)
			.single();
	}

}
