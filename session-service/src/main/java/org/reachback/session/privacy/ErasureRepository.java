package org.reachback.session.privacy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes every row of this service's schema about some callbacks and chats: their sessions
 * ({@code callback_session}, which holds the customer's context, name and number) and the sessions'
 * lines ({@code session_line}); the sessions' events not yet relayed go with them, by session id
 * ({@code ErasureRequests}).
 */
@Repository
class ErasureRepository {

	private final JdbcClient jdbc;

	ErasureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the sessions first, so that no line is added to one between deleting its lines and
	 * deleting it (lines reference their session).
	 */
	Erased delete(Collection<UUID> callbackIds, Collection<UUID> chatIds) {
		List<ErasedSession> sessions = jdbc.sql("""
				select id, channel = 'VOICE' as voice from callback_session
				where callback_id = any(cast(? as uuid[])) or chat_id = any(cast(? as uuid[]))
				for update""")
			.params(strings(callbackIds), strings(chatIds))
			.query((rs, row) -> new ErasedSession(rs.getObject("id", UUID.class), rs.getBoolean("voice")))
			.list();
		String[] ids = strings(sessions.stream().map(ErasedSession::id).toList());
		int rows = jdbc.sql("delete from session_line where session_id = any(cast(? as uuid[]))").param(ids).update();
		rows += jdbc.sql("delete from callback_session where id = any(cast(? as uuid[]))").param(ids).update();
		return new Erased(sessions, rows);
	}

	private static String[] strings(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

	/** @param voice whether its call is placed by this service's own SIP user agent */
	record ErasedSession(UUID id, boolean voice) {
	}

	/** @param rows how many rows were deleted, in every table */
	record Erased(List<ErasedSession> sessions, int rows) {

		/** The deleted sessions whose call this service may be placing. */
		List<UUID> calls() {
			return sessions.stream().filter(ErasedSession::voice).map(ErasedSession::id).toList();
		}

	}

}
