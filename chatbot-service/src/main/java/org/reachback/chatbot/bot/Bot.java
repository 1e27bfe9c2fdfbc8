package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A declarative bot.
 *
 * @param queue the queue (named after its skill) that serves this bot's callbacks
 * @param confidenceThreshold intent matches below it are not trusted enough to answer
 * @param intents what the bot answers, per intent: plain text (one answer step) or a flow of steps
 */
public record Bot(@NotBlank String queue,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		Map<String, List<Step>> intents) {

	public Bot {
		intents = intents == null ? Map.of() : Map.copyOf(intents);
		intents.forEach((intent, steps) -> {
			if (steps.isEmpty()) {
				throw new IllegalArgumentException("Intent " + intent + " has no answer");
			}
		});
	}

	public boolean handles(String intent) {
		return intent != null && intents.containsKey(intent);
	}

	/** The answer to {@code intent} as steps; empty when the bot does not handle it. */
	public List<Step> stepsFor(String intent) {
		return intent == null ? List.of() : intents.getOrDefault(intent, List.of());
	}

	public Set<String> intentNames() {
		return intents.keySet();
	}

}
