package org.reachback.intent.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Erasures and their confirmations, in tables {@code erasure} and {@code erasure_confirmation}: ids and counts only. */
@Repository
class ErasureRepository {

	private final JdbcClient jdbc;

	ErasureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID erasureId, Reason reason, Instant requestedAt, int chats, int callbacks) {
		jdbc.sql("insert into erasure (id, reason, requested_at, chats, callbacks) values (?, ?, ?, ?, ?)")
			.params(erasureId, reason.name(), utc(requestedAt), chats, callbacks)
			.update();
	}

	/**
	 * Records a service's confirmation; a second one of the same service for the same erasure is
	 * ignored, and so is one for an erasure this service never asked for.
	 * @return whether it was recorded
	 */
	boolean confirm(UUID erasureId, String service, int records, Instant erasedAt) {
		return jdbc.sql("""
				insert into erasure_confirmation (erasure_id, service, records, erased_at)
				select ?, ?, ?, ? where exists (select 1 from erasure where id = ?)
				on conflict do nothing""")
			.params(erasureId, service, records, utc(erasedAt), erasureId)
			.update() == 1;
	}

	Optional<Erasure> find(UUID erasureId) {
		List<Erasure.Confirmation> confirmations = jdbc.sql("""
				select service, records, erased_at from erasure_confirmation where erasure_id = ?
				order by erased_at, service""")
			.param(erasureId)
			.query((rs, row) -> new Erasure.Confirmation(rs.getString("service"), rs.getInt("records"),
					instant(rs, "erased_at")))
			.list();
		return jdbc.sql("select * from erasure where id = ?")
			.param(erasureId)
			.query((rs, row) -> new Erasure(erasureId, Reason.valueOf(rs.getString("reason")),
					instant(rs, "requested_at"), rs.getInt("chats"), rs.getInt("callbacks"), confirmations))
			.optional();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
