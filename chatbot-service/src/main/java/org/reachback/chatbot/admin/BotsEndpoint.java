package org.reachback.chatbot.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.reachback.chatbot.admin.BotStatisticsRepository.BotKey;
import org.reachback.chatbot.admin.BotStatisticsRepository.Counts;
import org.reachback.chatbot.admin.BotStatisticsRepository.DecisionView;
import org.reachback.chatbot.admin.BotStatisticsRepository.PromptView;
import org.reachback.chatbot.bot.BotCatalog;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/bots}: per brand and bot, messages handled, answered (contained), questions asked
 * between two close intents and how many were answered with a choice, callback prompts shown by
 * reason, accepted and declined; {@code /actuator/bots/{chatId}}: every decision taken in one
 * chat with its reason, and the prompts shown with their outcome.
 */
@Component
@Endpoint(id = "bots")
class BotsEndpoint {

	private final BotCatalog catalog;

	private final BotStatisticsRepository statistics;

	BotsEndpoint(BotCatalog catalog, BotStatisticsRepository statistics) {
		this.catalog = catalog;
		this.statistics = statistics;
	}

	@ReadOperation
	public Map<String, Map<String, BotReport>> bots() {
		Map<BotKey, Counts> counts = statistics.counts();
		Map<String, Map<String, BotReport>> report = new TreeMap<>();
		catalog.brands().forEach((brand, bots) -> bots.bots().forEach((name, bot) -> report
			.computeIfAbsent(brand, b -> new TreeMap<>())
			.put(name, BotReport.of(bot, counts.getOrDefault(new BotKey(brand, name), Counts.NONE)))));
		return report;
	}

	@ReadOperation
	public ChatReport chat(@Selector UUID chatId) {
		return new ChatReport(chatId, statistics.decisions(chatId), statistics.prompts(chatId));
	}

	/** @param offers the prompts shown, under the name operations' JSON has always had */
	record ChatReport(UUID chatId, List<DecisionView> decisions, List<PromptView> offers) {
	}

}
