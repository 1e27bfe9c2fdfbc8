package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The callback prompts shown and their outcome (table {@code callback_offer}, named before prompts were). */
@Repository
class PromptRepository {

	private static final TypeReference<List<Instant>> SLOTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PromptRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(Prompt prompt) {
		jdbc.sql("""
				insert into callback_offer (prompt_id, chat_id, message_id, brand, bot, queue, intent, reason,
				                            reason_detail, estimated_wait_seconds, slots, offered_at, outcome)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(prompt.promptId(), prompt.chatId(), prompt.messageId(), prompt.brand(), prompt.bot(),
					prompt.queue(), prompt.intent(), prompt.reason().name(), prompt.reasonDetail(),
					prompt.estimatedWaitSeconds(), json.writeValueAsString(prompt.slots()),
					Timestamps.of(prompt.shownAt()), prompt.outcome().name())
			.update();
	}

	Optional<Prompt> find(UUID promptId) {
		return jdbc.sql("select *, slots::text as slot_list from callback_offer where prompt_id = ?")
			.param(promptId)
			.query((rs, row) -> new Prompt(rs.getObject("prompt_id", UUID.class), rs.getObject("chat_id", UUID.class),
					rs.getObject("message_id", UUID.class), rs.getString("brand"), rs.getString("bot"),
					rs.getString("queue"), rs.getString("intent"), HandoverReason.valueOf(rs.getString("reason")),
					rs.getString("reason_detail"), (Integer) rs.getObject("estimated_wait_seconds"),
					json.readValue(rs.getString("slot_list"), SLOTS), Timestamps.read(rs, "offered_at"),
					Prompt.Outcome.valueOf(rs.getString("outcome"))))
			.optional();
	}

	/** @return {@code false} if the prompt was answered before, in which case nothing changed */
	boolean accept(UUID promptId, CallbackOption option, UUID callbackId, Instant at) {
		return answer(promptId, Prompt.Outcome.ACCEPTED, option, callbackId, at);
	}

	/** @return {@code false} if the prompt was answered before, in which case nothing changed */
	boolean decline(UUID promptId, Instant at) {
		return answer(promptId, Prompt.Outcome.DECLINED, CallbackOption.KEEP_CHATTING, null, at);
	}

	private boolean answer(UUID promptId, Prompt.Outcome outcome, CallbackOption option, UUID callbackId, Instant at) {
		return jdbc.sql("""
				update callback_offer set outcome = ?, chosen_option = ?, callback_id = ?, answered_at = ?
				where prompt_id = ? and outcome = 'OPEN'""")
			.params(outcome.name(), option.name(), callbackId, Timestamps.of(at), promptId)
			.update() == 1;
	}

}
