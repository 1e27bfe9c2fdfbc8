package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.chatbot.bot.Clarification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every "which one did you mean?" question asked, and the open one a chat's next message answers. */
@Repository
class ClarificationRepository {

	private final JdbcClient jdbc;

	ClarificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens {@code question}; a question still open in the chat is dropped, as only the latest counts. */
	void open(Chat chat, UUID messageId, String bot, Clarification question, Instant at) {
		jdbc.sql("update clarification set outcome = 'DROPPED', answered_at = ? where chat_id = ? and outcome = 'OPEN'")
			.params(Timestamps.of(at), chat.chatId())
			.update();
		jdbc.sql("""
				insert into clarification (chat_id, message_id, brand, bot, first_intent, second_intent, asked_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(chat.chatId(), messageId, chat.brand(), bot, question.first(), question.second(), Timestamps.of(at))
			.update();
	}

	Optional<OpenQuestion> findOpen(UUID chatId) {
		return jdbc.sql("select id, bot, first_intent, second_intent from clarification where chat_id = ? and outcome = 'OPEN'")
			.param(chatId)
			.query((rs, row) -> new OpenQuestion(rs.getLong("id"), rs.getString("bot"),
					new Clarification(rs.getString("first_intent"), rs.getString("second_intent"))))
			.optional();
	}

	/** Closes the question with the intent the customer chose, or as dropped when {@code chosen} is null. */
	void close(long id, String chosen, Instant at) {
		jdbc.sql("""
				update clarification set outcome = ?, chosen_intent = ?, answered_at = ?
				where id = ? and outcome = 'OPEN'""")
			.params(chosen == null ? "DROPPED" : "CHOSEN", chosen, Timestamps.of(at), id)
			.update();
	}

	/** A question of {@code bot}'s waiting for the customer's next message. */
	record OpenQuestion(long id, String bot, Clarification question) {
	}

}
