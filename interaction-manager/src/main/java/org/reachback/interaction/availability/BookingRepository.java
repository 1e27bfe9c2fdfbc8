package org.reachback.interaction.availability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Scheduled callbacks booked into slots; a rescheduled callback moves its booking. */
@Repository
public class BookingRepository {

	private final JdbcClient jdbc;

	BookingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void book(UUID callbackId, String queue, Instant dueAt) {
		jdbc.sql("""
				insert into callback_booking (callback_id, queue, due_at) values (?, ?, ?)
				on conflict (callback_id) do update set queue = excluded.queue, due_at = excluded.due_at""")
			.params(callbackId, queue, Timestamp.from(dueAt))
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void release(UUID callbackId) {
		jdbc.sql("delete from callback_booking where callback_id = ?").param(callbackId).update();
	}

}
