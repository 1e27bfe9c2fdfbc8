package org.reachback.chatbot.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.reachback.chatbot.bot.BotCatalog;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/bots}: per brand and bot, messages handled, answered (contained), questions asked
 * between two close intents and how many were answered with a choice, offers made by reason,
 * offers accepted and declined; {@code /actuator/bots/{chatId}}: every decision taken in one
 * chat with its reason, and the prompts shown with their outcome.
 */
@Component
@Endpoint(id = "bots")
class BotsEndpoint {

	private final BotCatalog catalog;

	private final BotStatistics statistics;

	BotsEndpoint(BotCatalog catalog, BotStatistics statistics) {
		this.catalog = catalog;
		this.statistics = statistics;
	}

	@ReadOperation
	public Map<String, Map<String, BotReport>> bots() {
		Map<BotStatistics.BotKey, BotStatistics.Counts> counts = statistics.counts();
		Map<String, Map<String, BotReport>> report = new TreeMap<>();
		catalog.brands().forEach((brand, bots) -> bots.bots().forEach((name, bot) -> report
			.computeIfAbsent(brand, b -> new TreeMap<>())
			.put(name, BotReport.of(bot,
					counts.getOrDefault(new BotStatistics.BotKey(brand, name), BotStatistics.Counts.NONE)))));
		return report;
	}

	@ReadOperation
	public ChatReport chat(@Selector UUID chatId) {
		return new ChatReport(chatId, statistics.decisions(chatId), statistics.offers(chatId));
	}

	record ChatReport(UUID chatId, List<BotStatistics.DecisionView> decisions, List<BotStatistics.OfferView> offers) {
	}

}
