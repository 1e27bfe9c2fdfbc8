package org.reachback.chatbot.bot;

import org.reachback.events.HandoverReason;

/**
 * The outcome of the capability check for one message: answer it, hand it over, or ask the
 * customer which of two intents they meant.
 *
 * @param reason why the message is outside the bot's capabilities; {@code null} unless handing over
 * @param clarification the two intents to ask about; {@code null} unless asking
 * @param detail the decision in one sentence, recorded for operations
 */
public record Verdict(HandoverReason reason, Clarification clarification, String detail) {

	static Verdict answer(String detail) {
		return new Verdict(null, null, detail);
	}

	static Verdict handOver(HandoverReason reason, String detail) {
		return new Verdict(reason, null, detail);
	}

	static Verdict ask(Clarification clarification, String detail) {
		return new Verdict(null, clarification, detail);
	}

	public boolean answers() {
		return reason == null && clarification == null;
	}

	public boolean asks() {
		return clarification != null;
	}

}
