package org.reachback.chatbot.admin;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the decisions and offers the conversations recorded, for operations. */
@Component
class BotStatistics {

	private final JdbcClient jdbc;

	BotStatistics(JdbcClient jdbc) {
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
				select brand, bot, reason, count(*) as offers,
				       count(*) filter (where outcome = 'ACCEPTED') as accepted,
				       count(*) filter (where outcome = 'DECLINED') as declined
				from callback_offer group by brand, bot, reason""")
			.query((rs, row) -> counts.merge(new BotKey(rs.getString("brand"), rs.getString("bot")),
					Counts.NONE.withOffers(rs.getString("reason"), rs.getLong("offers"), rs.getLong("accepted"),
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

	List<OfferView> offers(UUID chatId) {
		return jdbc.sql("""
				select prompt_id, offered_at, bot, queue, intent, reason, reason_detail, estimated_wait_seconds,
				       outcome, chosen_option, callback_id, answered_at
				from callback_offer where chat_id = ? order by offered_at""")
			.param(chatId)
			.query(OfferView.class)
			.list();
	}

	record BotKey(String brand, String bot) {
	}

	/**
	 * @param asked messages met with "which one did you mean?"
	 * @param chosen such questions the customer's next message answered with one of the two intents
	 */
	record Counts(long handled, long answered, long asked, long chosen, long offers, Map<String, Long> offersByReason,
			long accepted, long declined) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, Map.of(), 0, 0);

		Counts withMessages(long handled, long answered, long asked) {
			return new Counts(handled, answered, asked, chosen, offers, offersByReason, accepted, declined);
		}

		Counts withChosen(long chosen) {
			return new Counts(handled, answered, asked, chosen, offers, offersByReason, accepted, declined);
		}

		Counts withOffers(String reason, long offers, long accepted, long declined) {
			return new Counts(handled, answered, asked, chosen, offers, Map.of(reason, offers), accepted, declined);
		}

		Counts plus(Counts other) {
			Map<String, Long> byReason = new TreeMap<>(offersByReason);
			other.offersByReason.forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
			return new Counts(handled + other.handled, answered + other.answered, asked + other.asked,
					chosen + other.chosen, offers + other.offers, java.util.Collections.unmodifiableMap(byReason),
					accepted + other.accepted, declined + other.declined);
		}

	}

	record DecisionView(OffsetDateTime decidedAt, UUID messageId, String bot, String intent, Double confidence,
			String outcome, String reason, String detail, UUID promptId) {
	}

	record OfferView(UUID promptId, OffsetDateTime offeredAt, String bot, String queue, String intent, String reason,
			String reasonDetail, Integer estimatedWaitSeconds, String outcome, String chosenOption, UUID callbackId,
			OffsetDateTime answeredAt) {
	}

}
