package org.reachback.chatbot.bot;

import org.reachback.events.HandoverReason;

/**
 * The outcome of the capability check for one message.
 *
 * @param reason why the message is outside the bot's capabilities; {@code null} when the bot answers
 * @param detail the decision in one sentence, recorded for operations
 */
public record Verdict(HandoverReason reason, String detail) {

	static Verdict answer(String detail) {
		return new Verdict(null, detail);
	}

	static Verdict handOver(HandoverReason reason, String detail) {
		return new Verdict(reason, detail);
	}

	public boolean answers() {
		return reason == null;
	}

}
