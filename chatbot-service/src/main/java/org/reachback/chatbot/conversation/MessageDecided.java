package org.reachback.chatbot.conversation;

/**
 * A customer message was answered, met with a callback prompt, or with "which one did you mean?".
 * Announced inside the process only: no Kafka event says what the bot decided.
 */
record MessageDecided(String brand, String bot, Decision.Outcome outcome, Decision.Reason reason) {

	static MessageDecided of(Decision decision) {
		return new MessageDecided(decision.brand(), decision.bot(), decision.outcome(), decision.reason());
	}

}
