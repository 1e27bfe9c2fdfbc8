package org.reachback.nlu;

import java.util.Map;

/**
 * How predictions are turned into decisions; changing them needs no retraining.
 *
 * @param outOfScopeThreshold a message whose best intent's in-scope score (probability times
 *     similarity to the nearest training example, see {@link Prediction#outOfScope()}) is below
 *     this is out of scope, in [0, 1]
 * @param ambiguityMargin an in-scope message whose two best probabilities differ by less than this
 *     is ambiguous, in [0, 1]
 * @param intentThresholds per-intent replacements of {@code outOfScopeThreshold}, keyed by intent
 * @param temperature softmax temperature (&gt; 0) fitted on validation data by {@link Tuning};
 *     1 leaves the trained model's probabilities as they are
 */
public record ClassifierSettings(double outOfScopeThreshold, double ambiguityMargin,
		Map<String, Double> intentThresholds, double temperature) {

	public ClassifierSettings {
		requireFraction(outOfScopeThreshold, "outOfScopeThreshold");
		requireFraction(ambiguityMargin, "ambiguityMargin");
		intentThresholds = Map.copyOf(intentThresholds);
		intentThresholds.forEach((intent, threshold) -> requireFraction(threshold, "threshold of " + intent));
		if (!(temperature > 0) || Double.isInfinite(temperature)) {
			throw new IllegalArgumentException("temperature must be positive and finite: " + temperature);
		}
	}

	/** Settings with the model's own probabilities (temperature 1). */
	public ClassifierSettings(double outOfScopeThreshold, double ambiguityMargin,
			Map<String, Double> intentThresholds) {
		this(outOfScopeThreshold, ambiguityMargin, intentThresholds, 1.0);
	}

	/**
	 * Untuned settings that suit a model trained on a few dozen examples per intent: see
	 * docs/intent-analysis.md for the values tuned on CLINC150.
	 */
	public static ClassifierSettings defaults() {
		return new ClassifierSettings(0.3, 0.1, Map.of(), 1.0);
	}

	/** The threshold that applies to {@code intent}. */
	public double thresholdFor(String intent) {
		return intentThresholds.getOrDefault(intent, outOfScopeThreshold);
	}

	/** A copy with another global threshold and temperature, keeping margin and overrides. */
	public ClassifierSettings withThresholdAndTemperature(double threshold, double newTemperature) {
		return new ClassifierSettings(threshold, ambiguityMargin, intentThresholds, newTemperature);
	}

	private static void requireFraction(double value, String name) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
		}
	}
}
