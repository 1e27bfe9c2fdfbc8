package org.reachback.chatbot.conversation;

import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chats the bots take part in, as their first event described them. */
@Repository
class ChatRepository {

	private final JdbcClient jdbc;

	ChatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the chat unless it is known already; returns the chat as recorded. */
	Chat start(Chat chat) {
		Customer customer = chat.customer();
		jdbc.sql("""
				insert into chat (chat_id, brand, bot, customer_name, customer_phone, customer_time_zone,
				                  customer_locale, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (chat_id) do nothing""")
			.params(chat.chatId(), chat.brand(), chat.bot(), customer.name(), customer.phone(), customer.timeZone(),
					customer.locale(), Timestamps.of(chat.startedAt()))
			.update();
		return find(chat.chatId()).orElseThrow();
	}

	Optional<Chat> find(UUID chatId) {
		return jdbc.sql("select * from chat where chat_id = ?")
			.param(chatId)
			.query((rs, row) -> new Chat(rs.getObject("chat_id", UUID.class), rs.getString("brand"), rs.getString("bot"),
					new Customer(rs.getString("customer_name"), rs.getString("customer_phone"),
							rs.getString("customer_time_zone"), rs.getString("customer_locale")),
					Timestamps.read(rs, "started_at")))
			.optional();
	}

}
