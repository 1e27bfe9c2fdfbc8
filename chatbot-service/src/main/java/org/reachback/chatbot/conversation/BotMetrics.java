package org.reachback.chatbot.conversation;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bot containment and offer acceptance for Prometheus, tagged by brand, bot and reason. Counts
 * only what committed, so a message retried after a failure is counted once.
 */
@Component
class BotMetrics {

	private static final String NONE = "none";

	private final MeterRegistry registry;

	BotMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** {@code reachback.bot.messages}: customer messages a bot handled, by outcome (answered, offered or asked). */
	void decided(Decision decision) {
		afterCommit(() -> registry
			.counter("reachback.bot.messages", "brand", decision.brand(), "bot", decision.bot(), "outcome",
					decision.outcome().name().toLowerCase(java.util.Locale.ROOT), "reason", tag(decision.reason()))
			.increment());
	}

	/** {@code reachback.bot.offers}: callback prompts shown. */
	void offered(Offer offer) {
		afterCommit(() -> registry
			.counter("reachback.bot.offers", "brand", offer.brand(), "bot", offer.bot(), "reason", tag(offer.reason()))
			.increment());
	}

	/** {@code reachback.bot.offer.answers}: prompts answered, accepted (a callback) or declined. */
	void answered(Offer offer, boolean accepted) {
		afterCommit(() -> registry
			.counter("reachback.bot.offer.answers", "brand", offer.brand(), "bot", offer.bot(), "reason",
					tag(offer.reason()), "outcome", accepted ? "accepted" : "declined")
			.increment());
	}

	/** {@code reachback.bot.clarifications}: "which one did you mean?" answered with a choice, or dropped. */
	void clarified(String brand, String bot, boolean chosen) {
		afterCommit(() -> registry
			.counter("reachback.bot.clarifications", "brand", brand, "bot", bot, "outcome", chosen ? "chosen" : "dropped")
			.increment());
	}

	private static String tag(Enum<?> reason) {
		return reason == null ? NONE : reason.name();
	}

	private static void afterCommit(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				count.run();
			}
		});
	}

}
