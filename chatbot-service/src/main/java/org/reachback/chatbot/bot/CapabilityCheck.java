package org.reachback.chatbot.bot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;
import org.reachback.events.IntentMatch.Candidate;

/**
 * Decides whether a message is within a bot's capabilities. Checked in this order, so the recorded
 * reason is the most fundamental one: out of scope, a person asked for, two of the bot's intents too
 * close to choose between (then the bot asks rather than guesses or hands over), an intent the bot
 * does not handle, then a confidence below the intent's threshold. A bot's intents here include the
 * {@link CallbackChange}s every bot makes; such a change, trusted, changes the chat's callback.
 */
public final class CapabilityCheck {

	/** The intent of a customer asking for a person; every bot offers a callback for it. */
	public static final String HUMAN_AGENT = "human_agent";

	private static final double TOLERANCE = 1e-9;

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
		Optional<Verdict> ambiguous = ambiguity(botName, bot, intent);
		if (ambiguous.isPresent()) {
			return ambiguous.get();
		}
		if (!bot.understands(intent.name())) {
			return Verdict.handOver(HandoverReason.INTENT_NOT_HANDLED,
					"intent " + intent.name() + " is not handled by bot " + botName);
		}
		double threshold = bot.thresholdFor(intent.name());
		if (intent.confidence() < threshold) {
			String own = bot.thresholds().containsKey(intent.name()) ? " (the intent's own threshold)" : "";
			return Verdict.handOver(HandoverReason.LOW_CONFIDENCE,
					String.format(Locale.ROOT, "confidence %.2f below threshold %.2f for intent %s%s",
							intent.confidence(), threshold, intent.name(), own));
		}
		Optional<CallbackChange> change = CallbackChange.of(intent.name());
		if (change.isPresent()) {
			return Verdict.change(change.get(), String.format(Locale.ROOT,
					"intent %s, a callback change, taken by bot %s (confidence %.2f)", intent.name(), botName,
					intent.confidence()));
		}
		return Verdict.answer(String.format(Locale.ROOT, "intent %s answered by bot %s (confidence %.2f)",
				intent.name(), botName, intent.confidence()));
	}

	/**
	 * The two best candidates are close when their confidences differ by less than the bot's margin,
	 * or, for a bot without a margin of its own, when intent analysis flagged the match ambiguous.
	 * Only a choice between two intents the bot acts on (its own, or a callback change) is worth
	 * asking about: otherwise the best intent goes through the rest of the check as usual.
	 */
	private static Optional<Verdict> ambiguity(String botName, Bot bot, IntentMatch intent) {
		List<Candidate> best = (intent.candidates() == null ? List.<Candidate>of() : intent.candidates()).stream()
			.sorted(Comparator.comparingDouble(Candidate::confidence).reversed())
			.limit(2)
			.toList();
		if (best.size() < 2) {
			return Optional.empty();
		}
		Candidate first = best.get(0);
		Candidate second = best.get(1);
		if (first.name().equals(second.name()) || !bot.understands(first.name())
				|| !bot.understands(second.name())) {
			return Optional.empty();
		}
		String pair = String.format(Locale.ROOT, "%s (%.2f) and %s (%.2f)", first.name(), first.confidence(),
				second.name(), second.confidence());
		String detail;
		if (bot.ambiguityMargin() != null) {
			// the tolerance keeps a gap of exactly the margin (0.60 - 0.50 against 0.10) from counting
			// as closer, which binary floating point would otherwise make it
			if (first.confidence() - second.confidence() + TOLERANCE >= bot.ambiguityMargin()) {
				return Optional.empty();
			}
			detail = String.format(Locale.ROOT, "intents %s are closer than the margin %.2f of bot %s", pair,
					bot.ambiguityMargin(), botName);
		}
		else if (intent.ambiguous()) {
			detail = "intent analysis found " + pair + " ambiguous";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(Verdict.ask(new Clarification(first.name(), second.name()),
				detail + "; asked which one was meant"));
	}

}
