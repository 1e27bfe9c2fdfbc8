package org.reachback.chatbot.conversation;

import org.reachback.events.HandoverReason;

/**
 * The customer answered a callback prompt for the first time, accepting or declining it. Announced
 * inside the process only: a decline publishes no event of its own, and {@code CallbackRequested}
 * does not name the bot.
 *
 * @param outcome {@code ACCEPTED} or {@code DECLINED}
 */
record PromptResolved(String brand, String bot, HandoverReason reason, Prompt.Outcome outcome) {

	static PromptResolved of(Prompt prompt, Prompt.Outcome outcome) {
		return new PromptResolved(prompt.brand(), prompt.bot(), prompt.reason(), outcome);
	}

}
