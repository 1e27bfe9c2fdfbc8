package org.reachback.chatbot.conversation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every capability decision with its reason: why each callback was offered, or not. */
@Repository
class DecisionRepository {

	private final JdbcClient jdbc;

	DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Decision decision) {
		jdbc.sql("""
				insert into bot_decision (chat_id, message_id, brand, bot, intent, confidence, outcome, reason, detail,
				                          prompt_id, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.chatId(), decision.messageId(), decision.brand(), decision.bot(), decision.intent(),
					decision.confidence(), decision.outcome().name(),
					decision.reason() == null ? null : decision.reason().name(), decision.detail(), decision.promptId(),
					Timestamps.of(decision.decidedAt()))
			.update();
	}

}
