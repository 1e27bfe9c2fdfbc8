package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A declarative bot. Per-intent settings ({@code thresholds}, {@code labels}) sit beside
 * {@code intents} rather than inside each answer, so a plain-text answer stays one line of text.
 *
 * @param queue the queue (named after its skill) that serves this bot's callbacks
 * @param confidenceThreshold intent matches below it are not trusted enough to answer, unless the
 * intent has a threshold of its own
 * @param ambiguityMargin when the two best intents are both this bot's and their confidences differ
 * by less, the bot asks which one was meant; {@code null} when the bot has no margin of its own and
 * follows intent analysis's {@code ambiguous} flag instead
 * @param thresholds per intent, a confidence threshold that replaces {@code confidenceThreshold}
 * @param labels per intent, how the bot names it to a customer ("check your balance"); an intent
 * without one is named after itself, underscores as spaces
 * @param intents what the bot answers, per intent: plain text (one answer step) or a flow of steps
 */
public record Bot(@NotBlank String queue,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		@DecimalMin("0.0") @DecimalMax("1.0") Double ambiguityMargin, Map<String, Double> thresholds,
		Map<String, String> labels, Map<String, List<Step>> intents) {

	public Bot {
		intents = intents == null ? Map.of() : Map.copyOf(intents);
		thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
		labels = labels == null ? Map.of() : Map.copyOf(labels);
		intents.forEach((intent, steps) -> {
			if (steps.isEmpty()) {
				throw new IllegalArgumentException("Intent " + intent + " has no answer");
			}
		});
		for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
			requireAnswered(intents, threshold.getKey(), "threshold");
			if (!(threshold.getValue() >= 0.0 && threshold.getValue() <= 1.0)) {
				throw new IllegalArgumentException("The threshold of intent " + threshold.getKey()
						+ " must be between 0 and 1, but was " + threshold.getValue());
			}
		}
		for (Map.Entry<String, String> label : labels.entrySet()) {
			requireAnswered(intents, label.getKey(), "label");
			if (label.getValue().isBlank()) {
				throw new IllegalArgumentException("The label of intent " + label.getKey() + " is blank");
			}
		}
	}

	/** Whether {@code intent} is one of the bot's own, with an answer configured. */
	public boolean handles(String intent) {
		return intent != null && intents.containsKey(intent);
	}

	/** Whether the bot acts on {@code intent}: one of its own, or a {@link CallbackChange}, which every bot makes. */
	public boolean understands(String intent) {
		return handles(intent) || CallbackChange.of(intent).isPresent();
	}

	/** The confidence {@code intent} needs to be answered: its own threshold, else the bot's. */
	public double thresholdFor(String intent) {
		return thresholds.getOrDefault(intent, confidenceThreshold);
	}

	/** How the bot names {@code intent} to a customer. */
	public String labelFor(String intent) {
		return labels.getOrDefault(intent,
				CallbackChange.of(intent).map(CallbackChange::label).orElseGet(() -> intent.replace('_', ' ')));
	}

	/** The answer to {@code intent} as steps; empty when the bot does not handle it. */
	public List<Step> stepsFor(String intent) {
		return intent == null ? List.of() : intents.getOrDefault(intent, List.of());
	}

	public Set<String> intentNames() {
		return intents.keySet();
	}

	private static void requireAnswered(Map<String, List<Step>> intents, String intent, String setting) {
		if (!intents.containsKey(intent)) {
			throw new IllegalArgumentException("There is a " + setting + " for intent " + intent
					+ ", but the bot does not answer it (intents: " + intents.keySet() + ")");
		}
	}

}
