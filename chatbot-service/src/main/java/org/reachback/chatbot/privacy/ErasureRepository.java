package org.reachback.chatbot.privacy;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes every row of this service's schema about some chats and callbacks: of a chat, the chat
 * itself ({@code chat}: the customer's name, number, zone and locale), what was said
 * ({@code transcript_line}), a waiting flow with the answers it collected ({@code flow_state}), the
 * prompts ({@code callback_offer}), the decisions ({@code bot_decision}), the questions
 * ({@code clarification}); of a callback, the prompt it came from or that offered other slots for
 * it, and the decisions that made them. Children go before their parents. The bots' events not yet
 * relayed, keyed by chat id, go too ({@code ErasureRequests}).
 */
@Repository
class ErasureRepository {

	private final JdbcClient jdbc;

	ErasureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return how many rows were deleted, in every table */
	int delete(Collection<UUID> chatIds, Collection<UUID> callbackIds) {
		String[] chats = lockChats(chatIds);
		String[] callbacks = strings(callbackIds);
		int rows = jdbc.sql("""
				delete from bot_decision where chat_id = any(cast(? as uuid[])) or prompt_id in (
				    select prompt_id from callback_offer
				    where callback_id = any(cast(? as uuid[])) or follows_callback_id = any(cast(? as uuid[])))""")
			.params(chats, callbacks, callbacks)
			.update();
		rows += jdbc.sql("delete from transcript_line where chat_id = any(cast(? as uuid[]))").param(chats).update();
		rows += jdbc.sql("delete from flow_state where chat_id = any(cast(? as uuid[]))").param(chats).update();
		rows += jdbc.sql("delete from clarification where chat_id = any(cast(? as uuid[]))").param(chats).update();
		rows += jdbc.sql("""
				delete from callback_offer where chat_id = any(cast(? as uuid[]))
				    or callback_id = any(cast(? as uuid[])) or follows_callback_id = any(cast(? as uuid[]))""")
			.params(chats, callbacks, callbacks)
			.update();
		rows += jdbc.sql("delete from chat where chat_id = any(cast(? as uuid[]))").param(chats).update();
		return rows;
	}

	/**
	 * The chats of {@code chatIds} this service has, locked so that no message adds a row to one
	 * while it is being deleted (every row of a chat references it).
	 */
	private String[] lockChats(Collection<UUID> chatIds) {
		return jdbc.sql("select chat_id::text from chat where chat_id = any(cast(? as uuid[])) for update")
			.param(strings(chatIds))
			.query(String.class)
			.list()
			.toArray(String[]::new);
	}

	private static String[] strings(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

}
