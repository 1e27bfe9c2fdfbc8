package org.reachback.chatbot.admin;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.reachback.chatbot.bot.Bot;

/**
 * One bot's configuration and record.
 *
 * @param ambiguityMargin {@code null} when the bot follows intent analysis's ambiguity flag
 * @param thresholds the intents' own thresholds, overriding {@code confidenceThreshold}
 * @param containmentRate answered / handled; {@code null} before the first message
 * @param clarificationsAsked messages met with "which one did you mean?" (reason {@code AMBIGUOUS})
 * @param clarificationsChosen of those, answered by the customer with one of the two intents
 * @param offersMade callback prompts shown (the {@code offers*} names are the endpoint's JSON, kept as they were)
 * @param acceptanceRate accepted / prompts shown; {@code null} before the first prompt
 */
record BotReport(String queue, double confidenceThreshold, Double ambiguityMargin, Map<String, Double> thresholds,
		Set<String> intents, long messagesHandled, long answered, Double containmentRate, long clarificationsAsked,
		long clarificationsChosen, long offersMade, Map<String, Long> offersByReason, long offersAccepted,
		long offersDeclined, Double acceptanceRate) {

	static BotReport of(Bot bot, BotStatisticsRepository.Counts counts) {
		return new BotReport(bot.queue(), bot.confidenceThreshold(), bot.ambiguityMargin(),
				new TreeMap<>(bot.thresholds()), new TreeSet<>(bot.intentNames()), counts.handled(), counts.answered(),
				ratio(counts.answered(), counts.handled()), counts.asked(), counts.chosen(), counts.prompts(),
				counts.promptsByReason(), counts.accepted(), counts.declined(), ratio(counts.accepted(), counts.prompts()));
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
