package org.reachback.intent.access;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides whether a token opens a chat. A wrong token and an unknown chat look the same to the
 * caller (404), so tokens cannot be used to probe which chats exist.
 */
@Component
public class ChatAccess {

	private final JdbcClient jdbc;

	ChatAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean permits(UUID chatId, ChatToken token) {
		return jdbc.sql("select token_hash from chat where chat_id = ?")
			.param(chatId)
			.query(byte[].class)
			.optional()
			.map(token::matches)
			.orElse(false);
	}

	/** @throws ChatNotFoundException unless {@code token} is the token of chat {@code chatId} */
	public void require(UUID chatId, ChatToken token) {
		if (!permits(chatId, token)) {
			throw new ChatNotFoundException(chatId);
		}
	}

}
