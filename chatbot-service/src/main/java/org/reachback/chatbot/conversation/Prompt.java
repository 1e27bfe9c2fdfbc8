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
 * @param suggestion what the customer asked for and what the prompt suggested;
 * {@link Suggestion#NONE} for a prompt that answers no such request
 * @param followsCallbackId the callback whose chosen slot filled before it was booked, when this
 * prompt offers other slots instead; otherwise {@code null}
 */
record Prompt(UUID promptId, UUID chatId, UUID messageId, String brand, String bot, String queue, String intent,
		HandoverReason reason, String reasonDetail, Integer estimatedWaitSeconds, List<Instant> slots,
		Suggestion suggestion, UUID followsCallbackId, Instant shownAt, Outcome outcome) {

	Prompt {
		slots = List.copyOf(slots);
		suggestion = suggestion == null ? Suggestion.NONE : suggestion;
	}

	/** Each prompt is answered at most once; later answers to it change nothing. */
	enum Outcome {
		OPEN, ACCEPTED, DECLINED
	}

	/**
	 * A request for a time or an agent, and the prompt's answer to it; every part may be {@code null}.
	 *
	 * @param requestedFrom the requested time (or the start of the requested span)
	 * @param requestedTo the end of the requested span; equal to {@code requestedFrom} for one moment
	 * @param requestedAgent the id of the agent the customer named
	 * @param suggestedSlot the slot that best matches the request
	 * @param preferredAgent the agent whose own slots the prompt offers: the named one, if free at all
	 */
	record Suggestion(Instant requestedFrom, Instant requestedTo, String requestedAgent, Instant suggestedSlot,
			String preferredAgent) {

		static final Suggestion NONE = new Suggestion(null, null, null, null, null);

	}

}
