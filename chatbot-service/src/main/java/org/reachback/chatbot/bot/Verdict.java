package org.reachback.chatbot.bot;

import org.reachback.events.HandoverReason;

/**
 * The outcome of the capability check for one message: answer it, hand it over, ask the customer
 * which of two intents they meant, or change the chat's callback as the customer asked.
 *
 * @param reason why the message is outside the bot's capabilities; {@code null} unless handing over
 * @param clarification the two intents to ask about; {@code null} unless asking
 * @param change the change to the chat's callback the customer asked for; {@code null} unless changing
 * @param detail the decision in one sentence, recorded for operations
 */
public record Verdict(HandoverReason reason, Clarification clarification, CallbackChange change, String detail) {

	static Verdict answer(String detail) {
		return new Verdict(null, null, null, detail);
	}

	static Verdict handOver(HandoverReason reason, String detail) {
		return new Verdict(reason, null, null, detail);
	}

	static Verdict ask(Clarification clarification, String detail) {
		return new Verdict(null, clarification, null, detail);
	}

	static Verdict change(CallbackChange change, String detail) {
		return new Verdict(null, null, change, detail);
	}

	/** The bot answers with one of its own intents. */
	public boolean answers() {
		return reason == null && clarification == null && change == null;
	}

	public boolean changesCallback() {
		return change != null;
	}

	public boolean asks() {
		return clarification != null;
	}

}
