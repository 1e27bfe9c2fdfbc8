package org.reachback.chatbot.conversation;

import org.reachback.events.HandoverReason;

/**
 * A prompt was shown again with other slots because the chosen one filled. Announced inside the
 * process only, so that prompts shown are counted as the {@code bots} endpoint counts them (one per
 * row of {@code callback_offer}), though no message was decided.
 */
record PromptReoffered(String brand, String bot, HandoverReason reason) {

	static PromptReoffered of(Prompt prompt) {
		return new PromptReoffered(prompt.brand(), prompt.bot(), prompt.reason());
	}

}
