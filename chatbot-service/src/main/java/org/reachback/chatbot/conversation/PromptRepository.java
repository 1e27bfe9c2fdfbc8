package org.reachback.chatbot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
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
		Prompt.Suggestion suggestion = prompt.suggestion();
		jdbc.sql("""
				insert into callback_offer (prompt_id, chat_id, message_id, brand, bot, queue, intent, reason,
				                            reason_detail, estimated_wait_seconds, slots, offered_at, outcome,
				                            requested_from, requested_to, requested_agent, suggested_slot,
				                            preferred_agent, follows_callback_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(prompt.promptId(), prompt.chatId(), prompt.messageId(), prompt.brand(), prompt.bot(),
					prompt.queue(), prompt.intent(), prompt.reason().name(), prompt.reasonDetail(),
					prompt.estimatedWaitSeconds(), json.writeValueAsString(prompt.slots()),
					Timestamps.of(prompt.shownAt()), prompt.outcome().name(), Timestamps.of(suggestion.requestedFrom()),
					Timestamps.of(suggestion.requestedTo()), suggestion.requestedAgent(),
					Timestamps.of(suggestion.suggestedSlot()), suggestion.preferredAgent(), prompt.followsCallbackId())
			.update();
	}

	Optional<Prompt> find(UUID promptId) {
		return jdbc.sql("select *, slots::text as slot_list from callback_offer where prompt_id = ?")
			.param(promptId)
			.query((rs, row) -> prompt(rs))
			.optional();
	}

	/** The prompt whose acceptance asked for {@code callbackId}, with what the answer chose. */
	Optional<Accepted> accepted(UUID callbackId) {
		return jdbc.sql("""
				select *, slots::text as slot_list from callback_offer
				where callback_id = ? and outcome = 'ACCEPTED' order by answered_at limit 1""")
			.param(callbackId)
			.query((rs, row) -> new Accepted(prompt(rs), Timestamps.read(rs, "chosen_slot"), rs.getString("chosen_agent")))
			.optional();
	}

	/**
	 * The callback of the chat's latest accepted prompt: the one the customer means by "my callback",
	 * also once it ended. Empty when the chat has none, or callback-service rejected it.
	 */
	Optional<ChatCallback> latestCallback(UUID chatId) {
		return jdbc.sql("""
				select callback_id, queue, chosen_agent, callback_rejected_at, cancellation_requested_at,
				       callback_ending
				from callback_offer
				where chat_id = ? and outcome = 'ACCEPTED' and callback_id is not null
				order by answered_at desc limit 1""")
			.param(chatId)
			.query((rs, row) -> rs.getObject("callback_rejected_at") != null ? Optional.<ChatCallback>empty()
					: Optional.of(new ChatCallback(rs.getObject("callback_id", UUID.class), rs.getString("queue"),
							rs.getString("chosen_agent"), rs.getObject("cancellation_requested_at") != null,
							ending(rs.getString("callback_ending")))))
			.optional()
			.flatMap(callback -> callback);
	}

	/** Marks that callback-service rejected {@code callbackId}, so the customer has it no more. */
	void rejected(UUID callbackId, Instant at) {
		jdbc.sql("update callback_offer set callback_rejected_at = ? where callback_id = ? and callback_rejected_at is null")
			.params(Timestamps.of(at), callbackId)
			.update();
	}

	/** Marks how {@code callbackId} ended, unless an ending was marked before: the first one stays. */
	void ended(UUID callbackId, CallbackEnding ending, Instant at) {
		jdbc.sql("""
				update callback_offer set callback_ending = ?, callback_ended_at = ?
				where callback_id = ? and callback_ending is null""")
			.params(ending.name(), Timestamps.of(at), callbackId)
			.update();
	}

	/** @return {@code false} if its cancellation was asked for before, in which case nothing changed */
	boolean cancellationRequested(UUID callbackId, Instant at) {
		return jdbc.sql("""
				update callback_offer set cancellation_requested_at = ?
				where callback_id = ? and outcome = 'ACCEPTED' and cancellation_requested_at is null""")
			.params(Timestamps.of(at), callbackId)
			.update() == 1;
	}

	/**
	 * Marks that other slots were offered for the prompt's callback.
	 *
	 * @return {@code false} if they were offered before, in which case nothing changed
	 */
	boolean reoffer(UUID promptId, Instant at) {
		return jdbc.sql("update callback_offer set reoffered_at = ? where prompt_id = ? and reoffered_at is null")
			.params(Timestamps.of(at), promptId)
			.update() == 1;
	}

	/**
	 * @param slot the slot the answer chose; {@code null} for as soon as possible
	 * @param agent the agent the callback prefers
	 * @return {@code false} if the prompt was answered before, in which case nothing changed
	 */
	boolean accept(UUID promptId, CallbackOption option, UUID callbackId, Instant slot, String agent, Instant at) {
		return jdbc.sql("""
				update callback_offer set outcome = 'ACCEPTED', chosen_option = ?, callback_id = ?, chosen_slot = ?,
				                          chosen_agent = ?, answered_at = ?
				where prompt_id = ? and outcome = 'OPEN'""")
			.params(option.name(), callbackId, Timestamps.of(slot), agent, Timestamps.of(at), promptId)
			.update() == 1;
	}

	/** @return {@code false} if the prompt was answered before, in which case nothing changed */
	boolean decline(UUID promptId, Instant at) {
		return jdbc.sql("""
				update callback_offer set outcome = 'DECLINED', chosen_option = ?, answered_at = ?
				where prompt_id = ? and outcome = 'OPEN'""")
			.params(CallbackOption.KEEP_CHATTING.name(), Timestamps.of(at), promptId)
			.update() == 1;
	}

	private static CallbackEnding ending(String name) {
		return name == null ? null : CallbackEnding.valueOf(name);
	}

	private Prompt prompt(ResultSet rs) throws SQLException {
		return new Prompt(rs.getObject("prompt_id", UUID.class), rs.getObject("chat_id", UUID.class),
				rs.getObject("message_id", UUID.class), rs.getString("brand"), rs.getString("bot"), rs.getString("queue"),
				rs.getString("intent"), HandoverReason.valueOf(rs.getString("reason")), rs.getString("reason_detail"),
				(Integer) rs.getObject("estimated_wait_seconds"), json.readValue(rs.getString("slot_list"), SLOTS),
				new Prompt.Suggestion(Timestamps.read(rs, "requested_from"), Timestamps.read(rs, "requested_to"),
						rs.getString("requested_agent"), Timestamps.read(rs, "suggested_slot"),
						rs.getString("preferred_agent")),
				rs.getObject("follows_callback_id", UUID.class), Timestamps.read(rs, "offered_at"),
				Prompt.Outcome.valueOf(rs.getString("outcome")));
	}

	/**
	 * An accepted prompt and what its answer chose.
	 *
	 * @param slot the chosen slot; {@code null} for as soon as possible
	 * @param agent the agent the callback prefers; {@code null} if none
	 */
	record Accepted(Prompt prompt, Instant slot, String agent) {
	}

	/**
	 * The callback a chat's customer has, as far as this service knows it.
	 *
	 * @param queue the queue it was asked for in
	 * @param preferredAgent the agent it prefers; {@code null} if none
	 * @param cancelling whether the customer already told the bot to cancel it
	 * @param ending how it ended; {@code null} while it may still take place
	 */
	record ChatCallback(UUID callbackId, String queue, String preferredAgent, boolean cancelling,
			CallbackEnding ending) {

		boolean ended() {
			return ending != null;
		}

	}

}
