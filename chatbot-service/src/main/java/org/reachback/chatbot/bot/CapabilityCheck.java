package org.reachback.chatbot.bot;

import java.util.Locale;

import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;

/**
 * Decides whether a message is within a bot's capabilities. Checked in this order, so the recorded
 * reason is the most fundamental one: out of scope, a person asked for, an intent the bot does not
 * handle, then a confidence below the bot's threshold.
 */
public final class CapabilityCheck {

	/** The intent of a customer asking for a person; every bot offers a callback for it. */
	public static final String HUMAN_AGENT = "human_agent";

	private CapabilityCheck() {
	}

	public static Verdict check(String botName, Bot bot, IntentMatch intent) {
		if (intent == null || intent.name() == null || intent.outOfScope()
				|| IntentMatch.OUT_OF_SCOPE.equals(intent.name())) {
			return Verdict.handOver(HandoverReason.OUT_OF_SCOPE, "message fits no intent of the brand (out of scope)");
		}
		if (HUMAN_AGENT.equals(intent.name())) {
			return Verdict.handOver(HandoverReason.HUMAN_REQUESTED, "customer asked for a person (intent human_agent)");
		}
		if (!bot.handles(intent.name())) {
			return Verdict.handOver(HandoverReason.INTENT_NOT_HANDLED,
					"intent " + intent.name() + " is not handled by bot " + botName);
		}
		if (intent.confidence() < bot.confidenceThreshold()) {
			return Verdict.handOver(HandoverReason.LOW_CONFIDENCE,
					String.format(Locale.ROOT, "confidence %.2f below threshold %.2f for intent %s",
							intent.confidence(), bot.confidenceThreshold(), intent.name()));
		}
		return Verdict.answer(String.format(Locale.ROOT, "intent %s answered by bot %s (confidence %.2f)",
				intent.name(), botName, intent.confidence()));
	}

}
