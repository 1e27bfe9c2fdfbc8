package org.reachback.chatbot.bot;

import java.util.List;

/**
 * What running a flow produced.
 *
 * @param replies what the bot says, in order
 * @param waiting where the flow waits for the customer's next message; {@code null} when it ended
 * @param handover why the flow handed the chat over to a person; {@code null} when it did not
 */
public record FlowOutcome(List<String> replies, FlowPosition waiting, String handover) {

	public FlowOutcome {
		replies = List.copyOf(replies);
	}

	static FlowOutcome finished(List<String> replies) {
		return new FlowOutcome(replies, null, null);
	}

	static FlowOutcome waiting(List<String> replies, FlowPosition position) {
		return new FlowOutcome(replies, position, null);
	}

	static FlowOutcome handover(List<String> replies, String reason) {
		return new FlowOutcome(replies, null, reason);
	}

	public boolean waits() {
		return waiting != null;
	}

	public boolean handsOver() {
		return handover != null;
	}

}
