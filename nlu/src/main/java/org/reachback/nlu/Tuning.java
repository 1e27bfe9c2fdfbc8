package org.reachback.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses settings on validation data only, never on test data.
 *
 * <p>First the softmax temperature is fitted by minimising the validation negative log-likelihood,
 * so confidences are calibrated. Then the global out-of-scope threshold is the one, on a 0.01 grid,
 * that maximises {@link #objective}; ties go to the lower threshold. The ambiguity margin and
 * per-intent overrides of the classifier's current settings are kept.
 */
public final class Tuning {

	private Tuning() {
	}

	/**
	 * The objective maximised: in-scope accuracy plus out-of-scope recall, each in [0, 1], so a
	 * point of either counts the same however few out-of-scope examples there are. Without
	 * out-of-scope examples it is in-scope accuracy alone.
	 */
	static double objective(Metrics metrics) {
		return metrics.inScopeAccuracy() + (metrics.oosRecall() == null ? 0 : metrics.oosRecall());
	}

	/** Settings for {@code classifier} tuned on {@code validation}, which should be disjoint from its training data. */
	public static ClassifierSettings tune(IntentClassifier classifier, List<Utterance> validation) {
		var scored = new ArrayList<double[]>();
		var gold = new ArrayList<String>();
		for (Utterance utterance : validation) {
			double[] logits = classifier.logits(utterance.text());
			if (logits != null) {
				scored.add(logits);
				gold.add(utterance.intent());
			}
		}
		if (scored.isEmpty()) {
			return classifier.settings();
		}
		double temperature = Calibration.fitTemperature(classifier, scored, gold);
		ClassifierSettings best = null;
		double bestObjective = Double.NEGATIVE_INFINITY;
		for (int step = 0; step < 100; step++) {
			var candidate = classifier.settings().withThresholdAndTemperature(step / 100.0, temperature);
			double value = objective(evaluate(classifier.withSettings(candidate), scored, gold));
			if (value > bestObjective) {
				bestObjective = value;
				best = candidate;
			}
		}
		return best;
	}

	static Metrics evaluate(IntentClassifier classifier, List<double[]> scored, List<String> gold) {
		List<String> predicted = scored.stream().map(logits -> classifier.decide(logits).intent()).toList();
		return Metrics.of(gold, predicted);
	}
}
