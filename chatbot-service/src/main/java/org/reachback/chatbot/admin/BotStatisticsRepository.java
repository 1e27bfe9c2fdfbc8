package org.reachback.chatbot.admin;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the decisions, questions and prompts the conversations recorded, for operations. */
@Repository
class BotStatisticsRepository {

	private final JdbcClient jdbc;

	BotStatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<BotKey, Counts> counts() {
		Map<BotKey, Counts> counts = new HashMap<>();
		jdbc.sql("""
				select brand, bot, count(*) as handled, count(*) filter (where outcome = 'ANSWERED') as answered,
				       count(*) filter (where outcome = 'ASKED') as asked
				from bot_decision group by brand, bot""")
			.query((rs, row) -> counts.put(new BotKey(rs.getString("brand"), rs.getString("bot")),
					Counts.NONE.withMessages(rs.getLong("handled"), rs.getLong("answered"), rs.getLong("asked"))))
			.list();
		jdbc.sql("""
				select brand, bot, count(*) filter (where outcome = 'CHOSEN') as chosen
				from clarification group by brand, bot""")
			.query((rs, row) -> counts.merge(new BotKey(rs.getString("brand"), rs.getString("bot")),
					Counts.NONE.withChosen(rs.getLong("chosen")), Counts::plus))
			.list();
		jdbc.sql("""
				select brand, bot, reason, count(*) as prompts,
				       count(*) filter (where outcome = 'ACCEPTED') as accepted,
				       count(*) filter (where outcome = 'DECLINED') as declined
				from callback_offer group by brand, bot, reason""")
			.query((rs, row) -> counts.merge(new BotKey(rs.getString("brand"), rs.getString("bot")),
					Counts.NONE.withPrompts(rs.getString("reason"), rs.getLong("prompts"), rs.getLong("accepted"),
							rs.getLong("declined")),
					Counts::plus))
			.list();
		return counts;
	}

	List<DecisionView> decisions(UUID chatId) {
		return jdbc.sql("""
				select decided_at, message_id, bot, intent, confidence, outcome, reason, detail, prompt_id
				from bot_decision where chat_id = ? order by id""")
			.param(chatId)
			.query(DecisionView.class)
			.list();
	}

	List<PromptView> prompts(UUID chatId) {
		return jdbc.sql("""
				select prompt_id, offered_at, bot, queue, intent, reason, reason_detail, estimated_wait_seconds,
				       requested_from, requested_to, requested_agent, suggested_slot, preferred_agent,
				       follows_callback_id, outcome, chosen_option, chosen_slot, chosen_agent, callback_id, answered_at
				from callback_offer where chat_id = ? order by offered_at""")
			.param(chatId)
			.query(PromptView.class)
			.list();
	}

	record BotKey(String brand, String bot) {
	}

	/**
	 * @param asked messages met with "which one did you mean?"
	 * @param chosen such questions the customer's next message answered with one of the two intents
	 */
	record Counts(long handled, long answered, long asked, long chosen, long prompts, Map<String, Long> promptsByReason,
			long accepted, long declined) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, Map.of(), 0, 0);

		Counts withMessages(long handled, long answered, long asked) {
			return new Counts(handled, answered, asked, chosen, prompts, promptsByReason, accepted, declined);
		}

		Counts withChosen(long chosen) {
			return new Counts(handled, answered, asked, chosen, prompts, promptsByReason, accepted, declined);
		}

		Counts withPrompts(String reason, long prompts, long accepted, long declined) {
			return new Counts(handled, answered, asked, chosen, prompts, Map.of(reason, prompts), accepted, declined);
		}

		Counts plus(Counts other) {
			Map<String, Long> byReason = new TreeMap<>(promptsByReason);
			other.promptsByReason.forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
			return new Counts(handled + other.handled, answered + other.answered, asked + other.asked,
					chosen + other.chosen, prompts + other.prompts, Collections.unmodifiableMap(byReason),
					accepted + other.accepted, declined + other.declined);
		}

	}

	record DecisionView(OffsetDateTime decidedAt, UUID messageId, String bot, String intent, Double confidence,
			String outcome, String reason, String detail, UUID promptId) {
	}

	/**
	 * One prompt shown in a chat; {@code offeredAt} keeps the name operations' JSON has always had.
	 *
	 * @param requestedFrom what the customer asked for (a time, or a span up to {@code requestedTo}, and
	 * an agent), {@code null} where the message asked for none
	 * @param followsCallbackId the callback whose chosen slot filled, for a prompt that offered others
	 */
	record PromptView(UUID promptId, OffsetDateTime offeredAt, String bot, String queue, String intent, String reason,
			String reasonDetail, Integer estimatedWaitSeconds, OffsetDateTime requestedFrom, OffsetDateTime requestedTo,
			String requestedAgent, OffsetDateTime suggestedSlot, String preferredAgent, UUID followsCallbackId,
			String outcome, String chosenOption, OffsetDateTime chosenSlot, String chosenAgent, UUID callbackId,
			OffsetDateTime answeredAt) {
	}

}
