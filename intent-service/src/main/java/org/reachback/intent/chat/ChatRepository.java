package org.reachback.intent.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Customer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chats, read by other features (prompts need the customer's phone and locale). */
@Repository
public class ChatRepository {

	private final JdbcClient jdbc;

	ChatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Chat chat, byte[] tokenHash) {
		Customer customer = chat.customer();
		OffsetDateTime started = chat.startedAt().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into chat (chat_id, brand, bot, token_hash, customer_name, customer_phone, customer_time_zone,
				                  customer_locale, started_at, last_activity_at, token_used_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chat.chatId(), chat.brand(), chat.bot(), tokenHash, customer.name(), customer.phone(),
					customer.timeZone(), customer.locale(), started, started, started)
			.update();
	}

	public Optional<Chat> find(UUID chatId) {
		return jdbc.sql("select * from chat where chat_id = ?").param(chatId).query(ChatRepository::chat).optional();
	}

	/**
	 * Reads the chat and holds it ({@code FOR KEY SHARE}) until the transaction ends, for whatever
	 * writes about a chat without appending to it first: an erasure, which locks its chats for update,
	 * then either waits for this transaction and deletes what it wrote, or has already deleted the chat.
	 */
	public Optional<Chat> hold(UUID chatId) {
		return jdbc.sql("select * from chat where chat_id = ? for key share")
			.param(chatId)
			.query(ChatRepository::chat)
			.optional();
	}

	/** Reads the chat and locks its row until the transaction ends. */
	Optional<Chat> lock(UUID chatId) {
		return jdbc.sql("select * from chat where chat_id = ? for update")
			.param(chatId)
			.query(ChatRepository::chat)
			.optional();
	}

	void agentJoined(UUID chatId, UUID sessionId, UUID callbackId, String agentName) {
		jdbc.sql("update chat set agent_session_id = ?, agent_callback_id = ?, agent_name = ? where chat_id = ?")
			.params(sessionId, callbackId, agentName, chatId)
			.update();
	}

	void agentLeft(UUID chatId) {
		jdbc.sql("update chat set agent_session_id = null, agent_callback_id = null, agent_name = null where chat_id = ?")
			.param(chatId)
			.update();
	}

	private static Chat chat(ResultSet rs, int row) throws SQLException {
		return new Chat(rs.getObject("chat_id", UUID.class), rs.getString("brand"), rs.getString("bot"),
				new Customer(rs.getString("customer_name"), rs.getString("customer_phone"),
						rs.getString("customer_time_zone"), rs.getString("customer_locale")),
				rs.getObject("agent_session_id", UUID.class), rs.getString("agent_name"),
				rs.getObject("agent_callback_id", UUID.class), instant(rs, "started_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
