package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.HandoverReason;

/**
 * What the bot did with one customer message and why.
 *
 * @param intent the intent answered or offered for (a flow's intent while the flow takes input)
 * @param reason why a callback was offered; {@code null} when the bot answered
 * @param promptId the callback prompt shown, if any
 */
record Decision(UUID chatId, UUID messageId, String brand, String bot, String intent, Double confidence,
		Outcome outcome, HandoverReason reason, String detail, UUID promptId, Instant decidedAt) {

	enum Outcome {
		/** The bot replied (an answer, or a flow's next step): the message was contained. */
		ANSWERED,
		/** The message was outside the bot's capabilities and a callback was offered. */
		OFFERED
	}

}
