package org.reachback.chatbot.conversation;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Bot containment and prompt acceptance for Prometheus, tagged by brand, bot and reason, derived
 * from the facts a conversation committed, so a message retried after a failure is counted once.
 * The bot's Kafka events cannot carry these tags ({@code CallbackOffered} has no brand,
 * {@code CallbackRequested} no bot), hence the in-process events.
 */
@Component
class BotMetrics {

	private static final String NONE = "none";

	private final MeterRegistry registry;

	BotMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * {@code reachback.bot.messages}: customer messages a bot handled, by outcome (answered, offered
	 * or asked); {@code reachback.bot.offers}: callback prompts shown, one per offered message (and
	 * one per prompt shown again, below).
	 */
	@TransactionalEventListener
	void on(MessageDecided decided) {
		registry.counter("reachback.bot.messages", "brand", decided.brand(), "bot", decided.bot(), "outcome",
				lowerCase(decided.outcome()), "reason", tag(decided.reason()))
			.increment();
		if (decided.outcome() == Decision.Outcome.OFFERED) {
			registry.counter("reachback.bot.offers", "brand", decided.brand(), "bot", decided.bot(), "reason",
					tag(decided.reason()))
				.increment();
		}
	}

	/** {@code reachback.bot.offers}: a prompt shown again because the slot the customer chose filled. */
	@TransactionalEventListener
	void on(PromptReoffered reoffered) {
		registry.counter("reachback.bot.offers", "brand", reoffered.brand(), "bot", reoffered.bot(), "reason",
				tag(reoffered.reason()))
			.increment();
	}

	/** {@code reachback.bot.offer.answers}: prompts answered, accepted (a callback) or declined. */
	@TransactionalEventListener
	void on(PromptResolved resolved) {
		registry.counter("reachback.bot.offer.answers", "brand", resolved.brand(), "bot", resolved.bot(), "reason",
				tag(resolved.reason()), "outcome", lowerCase(resolved.outcome()))
			.increment();
	}

	/** {@code reachback.bot.clarifications}: "which one did you mean?" answered with a choice, or dropped. */
	@TransactionalEventListener
	void on(ClarificationResolved resolved) {
		registry.counter("reachback.bot.clarifications", "brand", resolved.brand(), "bot", resolved.bot(), "outcome",
				resolved.chosen() ? "chosen" : "dropped")
			.increment();
	}

	/**
	 * {@code reachback.bot.callback.changes}: customers' requests to cancel or move their callback in
	 * the chat, by change and by result (requested, no_callback, cancelling, ended, no_time,
	 * no_slot).
	 */
	@TransactionalEventListener
	void on(CallbackChangeAnswered answered) {
		registry.counter("reachback.bot.callback.changes", "brand", answered.brand(), "bot", answered.bot(), "change",
				lowerCase(answered.change()), "result", lowerCase(answered.result()))
			.increment();
	}

	private static String tag(Enum<?> reason) {
		return reason == null ? NONE : reason.name();
	}

	private static String lowerCase(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
