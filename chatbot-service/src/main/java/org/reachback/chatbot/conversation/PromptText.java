package org.reachback.chatbot.conversation;

import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.events.HandoverReason;

/** The words of a callback prompt: why the bot hands over, and what waiting for an agent means now. */
final class PromptText {

	private PromptText() {
	}

	static String of(HandoverReason reason, QueueOutlook outlook) {
		String opening = switch (reason) {
			case HUMAN_REQUESTED -> "Of course, an agent can call you.";
			case BOT_FLOW_ESCALATION -> "This needs one of our agents, and an agent can call you.";
			default -> "I can't help with that here, but an agent can call you.";
		};
		String slots = outlook.hasSlots() ? " Or pick a time that suits you." : "";
		return opening + " " + waiting(outlook.estimatedWaitSeconds()) + slots;
	}

	static String waiting(Integer seconds) {
		if (seconds == null) {
			return "No agent is free right now, so we'll call you as soon as one is.";
		}
		if (seconds < 60) {
			return "Less than a minute's wait right now.";
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes == 1 ? "About 1 minute's wait right now." : "About " + minutes + " minutes' wait right now.";
	}

}
