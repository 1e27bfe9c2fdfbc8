package org.reachback.chatbot.admin;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One bot's configuration and record.
 *
 * @param containmentRate answered / handled; {@code null} before the first message
 * @param acceptanceRate accepted / offers made; {@code null} before the first offer
 */
record BotReport(String queue, double confidenceThreshold, Set<String> intents, long messagesHandled,
		long answered, Double containmentRate, long offersMade, Map<String, Long> offersByReason, long offersAccepted,
		long offersDeclined, Double acceptanceRate) {

	static BotReport of(String queue, double threshold, Set<String> intents, BotStatistics.Counts counts) {
		return new BotReport(queue, threshold, new TreeSet<>(intents), counts.handled(), counts.answered(),
				ratio(counts.answered(), counts.handled()), counts.offers(), counts.offersByReason(), counts.accepted(),
				counts.declined(), ratio(counts.accepted(), counts.offers()));
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
