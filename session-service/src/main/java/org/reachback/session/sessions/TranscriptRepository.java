package org.reachback.session.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.reachback.events.TranscriptLine.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live lines of sessions, in table {@code session_line}. */
@Repository
class TranscriptRepository {

	private final JdbcClient jdbc;

	TranscriptRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends a line after the session's last one, timed to the microsecond PostgreSQL keeps. The
	 * caller holds the session's row lock, so two lines never take the same number.
	 */
	SessionLine append(UUID sessionId, UUID messageId, Instant said, Speaker speaker, String name, String text) {
		Instant at = said.truncatedTo(ChronoUnit.MICROS);
		int seq = jdbc.sql("""
				insert into session_line (session_id, seq, message_id, at, speaker, name, text)
				select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ? from session_line where session_id = ?
				returning seq""")
			.params(sessionId, messageId, SessionRepository.time(at), speaker.name(), name, text, sessionId)
			.query(Integer.class)
			.single();
		return new SessionLine(sessionId, seq, messageId, at, speaker, name, text);
	}

	/** The session's lines numbered above {@code after}, in order. */
	List<SessionLine> after(UUID sessionId, int after) {
		return jdbc.sql("""
				select session_id, seq, message_id, at, speaker, name, text from session_line
				where session_id = ? and seq > ? order by seq""")
			.params(sessionId, after)
			.query(TranscriptRepository::map)
			.list();
	}

	private static SessionLine map(ResultSet rs, int row) throws SQLException {
		return new SessionLine(rs.getObject("session_id", UUID.class), rs.getInt("seq"),
				rs.getObject("message_id", UUID.class), SessionRepository.instant(rs, "at"),
				Speaker.valueOf(rs.getString("speaker")), rs.getString("name"), rs.getString("text"));
	}

}
