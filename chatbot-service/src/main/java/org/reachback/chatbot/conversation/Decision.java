package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.HandoverReason;

/**
 * What the bot did with one customer message and why.
 *
 * @param intent the intent answered or offered for (a flow's intent while the flow takes input; the
 * better of the two when asking which one was meant)
 * @param reason why a callback was offered or a question asked; {@code null} when the bot answered
 * @param promptId the callback prompt shown, if any
 */
record Decision(UUID chatId, UUID messageId, String brand, String bot, String intent, Double confidence,
		Outcome outcome, Reason reason, String detail, UUID promptId, Instant decidedAt) {

	enum Outcome {
		/** The bot replied (an answer, or a flow's next step): the message was contained. */
		ANSWERED,
		/** The message was outside the bot's capabilities and a callback was offered. */
		OFFERED,
		/** Two of the bot's intents were too close: the bot asked which one the customer meant. */
		ASKED
	}

	/**
	 * Why the bot did not simply answer: every handover reason, and the bot's own reason to ask.
	 * Kept apart from {@link HandoverReason}, which is the events' contract and only knows handovers.
	 */
	enum Reason {

		OUT_OF_SCOPE, HUMAN_REQUESTED, INTENT_NOT_HANDLED, LOW_CONFIDENCE, BOT_FLOW_ESCALATION,

		/** The two best intents were both the bot's and too close to choose between. */
		AMBIGUOUS;

		/** Exhaustive on purpose: a new handover reason must be given a place here before it compiles. */
		static Reason of(HandoverReason reason) {
			return switch (reason) {
				case OUT_OF_SCOPE -> OUT_OF_SCOPE;
				case HUMAN_REQUESTED -> HUMAN_REQUESTED;
				case INTENT_NOT_HANDLED -> INTENT_NOT_HANDLED;
				case LOW_CONFIDENCE -> LOW_CONFIDENCE;
				case BOT_FLOW_ESCALATION -> BOT_FLOW_ESCALATION;
			};
		}

	}

}
