package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.events.HandoverReason;

/**
 * A callback prompt the bot showed a customer.
 *
 * @param messageId the customer message that triggered it
 * @param intent that message's intent (or the flow's), as the agent will see it
 */
record Prompt(UUID promptId, UUID chatId, UUID messageId, String brand, String bot, String queue, String intent,
		HandoverReason reason, String reasonDetail, Integer estimatedWaitSeconds, List<Instant> slots,
		Instant shownAt, Outcome outcome) {

	Prompt {
		slots = List.copyOf(slots);
	}

	/** Each prompt is answered at most once; later answers to it change nothing. */
	enum Outcome {
		OPEN, ACCEPTED, DECLINED
	}

}
