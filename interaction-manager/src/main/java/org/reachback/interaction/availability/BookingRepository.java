package org.reachback.interaction.availability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks booked into slots, one row per callback: a booking that moves is the same row moved, so
 * a callback never holds two places and never loses its place before the new one is confirmed.
 * Counts are only safe under the lock of the slot they count (see {@code booking.SlotBookings}).
 */
@Repository
public class BookingRepository {

	private final JdbcClient jdbc;

	BookingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The callback's current booking, locked, if it has one. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Booking> lock(UUID callbackId) {
		return jdbc.sql("select callback_id, queue, due_at, agent_id from callback_booking where callback_id = ? for update")
			.param(callbackId)
			.query(Booking.class)
			.optional();
	}

	/** Bookings in {@code [start, end)} of the queue, other than {@code callbackId}'s own. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int countOthers(String queue, Instant start, Instant end, UUID callbackId) {
		return jdbc.sql("""
				select count(*) from callback_booking
				where queue = ? and due_at >= ? and due_at < ? and callback_id <> ?""")
			.params(queue, Timestamp.from(start), Timestamp.from(end), callbackId)
			.query(Integer.class)
			.single();
	}

	/** Bookings of the queue in {@code [start, end)} against {@code agentId}'s own time, other than {@code callbackId}'s. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int countOthersOfAgent(String agentId, String queue, Instant start, Instant end, UUID callbackId) {
		return jdbc.sql("""
				select count(*) from callback_booking
				where agent_id = ? and queue = ? and due_at >= ? and due_at < ? and callback_id <> ?""")
			.params(agentId, queue, Timestamp.from(start), Timestamp.from(end), callbackId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Books the callback, or moves its booking.
	 * @param agentId the agent whose own time it takes, or null for the queue's team
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void book(UUID callbackId, String queue, Instant dueAt, String agentId) {
		jdbc.sql("""
				insert into callback_booking (callback_id, queue, due_at, agent_id) values (?, ?, ?, ?)
				on conflict (callback_id) do update set queue = excluded.queue, due_at = excluded.due_at,
				  agent_id = excluded.agent_id""")
			.params(callbackId, queue, Timestamp.from(dueAt), agentId)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void release(UUID callbackId) {
		jdbc.sql("delete from callback_booking where callback_id = ?").param(callbackId).update();
	}

	/**
	 * Deletes the bookings of these callbacks, whose customer's data is erased: their places are free
	 * at once, as every count (and the availability views) counts the bookings there are.
	 * @return how many there were
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(Collection<UUID> callbackIds) {
		return jdbc.sql("delete from callback_booking where callback_id = any(cast(? as uuid[]))")
			.param(callbackIds.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	/** @param agentId the agent whose own time it takes, or null */
	public record Booking(UUID callbackId, String queue, Instant dueAt, String agentId) {
	}

}
