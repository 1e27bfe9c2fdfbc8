package org.reachback.intent.callback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Callback requests per phone number (its SHA-256 hash) and brand, in table {@code callback_request}. */
@Repository
class CallbackRequestRepository {

	private final JdbcClient jdbc;

	CallbackRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises, until the transaction ends, every request for this number and brand, so that two
	 * at once cannot both find no open callback, nor both be the last one the limit allows.
	 */
	void lock(byte[] phoneHash, String brand) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as locked")
			.param(brand + "/" + HexFormat.of().formatHex(phoneHash))
			.query(Integer.class)
			.single();
	}

	/** The newest callback of the number and brand that is not over yet. */
	Optional<UUID> open(byte[] phoneHash, String brand) {
		return jdbc.sql("""
				select r.callback_id from callback_request r join callback_view v on v.callback_id = r.callback_id
				where r.phone_hash = ? and r.brand = ?
				  and v.status not in ('COMPLETED', 'CANCELLED', 'REJECTED', 'FAILED', 'EXPIRED')
				order by r.requested_at desc limit 1""")
			.params(phoneHash, brand)
			.query(UUID.class)
			.optional();
	}

	/** How many requests the number made since {@code since}, and when the oldest of them was. */
	Recent since(byte[] phoneHash, String brand, Instant since) {
		return jdbc.sql("""
				select count(*) as requests, min(requested_at) as oldest from callback_request
				where phone_hash = ? and brand = ? and requested_at > ?""")
			.params(phoneHash, brand, CallbackRepository.utc(since))
			.query((rs, row) -> {
				OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
				return new Recent(rs.getInt("requests"), oldest == null ? null : oldest.toInstant());
			})
			.single();
	}

	void insert(UUID callbackId, byte[] phoneHash, String brand, UUID chatId, Instant at) {
		jdbc.sql("""
				insert into callback_request (callback_id, phone_hash, brand, chat_id, requested_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(callbackId, phoneHash, brand, chatId, CallbackRepository.utc(at))
			.update();
	}

	/** @param oldest {@code null} when there were none */
	record Recent(int requests, Instant oldest) {
	}

}
