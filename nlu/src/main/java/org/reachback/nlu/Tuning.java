package org.reachback.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses settings on validation data only, never on test data.
 *
 * <p>First the softmax temperature is fitted by minimising the validation negative log-likelihood,
 * so confidences are calibrated. Then the out-of-scope threshold is the highest, on a
 * {@value #STEP} grid, at which the in-scope errors on validation grow by no more than
 * {@link #DEFAULT_ERROR_GROWTH} over the model's own (at threshold 0): out-of-scope recall is bought
 * with a bounded share of in-scope accuracy. The rule needs no out-of-scope examples, so it works
 * the same for a brand that has none, and it does not chase the few that a validation set holds
 * (an earlier objective, in-scope accuracy plus out-of-scope recall, gave 100 out-of-scope examples
 * the weight of 3,000 in-scope ones and on CLINC150 ran at 93 % in-scope accuracy). The ambiguity
 * margin and per-intent overrides of the classifier's current settings are kept.
 */
public final class Tuning {

	/** In-scope errors may grow by a third for out-of-scope recall. */
	public static final double DEFAULT_ERROR_GROWTH = 1.0 / 3;

	static final double STEP = 0.005;

	private Tuning() {
	}

	/** One point of the trade-off: what a threshold gives on the validation set. */
	public record Point(double threshold, double inScopeAccuracy, Double oosRecall, Double oosPrecision) {
	}

	/** The settings chosen, and the trade-off on validation they were chosen from (empty when nothing could be scored). */
	public record Tuned(ClassifierSettings settings, List<Point> tradeOff) {
	}

	/** {@link #tune(IntentClassifier, List, double)} with {@link #DEFAULT_ERROR_GROWTH}. */
	public static ClassifierSettings tune(IntentClassifier classifier, List<Utterance> validation) {
		return tune(classifier, validation, DEFAULT_ERROR_GROWTH);
	}

	/**
	 * Settings for {@code classifier} tuned on {@code validation}, which should be disjoint from its
	 * training data; {@code errorGrowth} is the share by which in-scope errors may grow (0 keeps the
	 * lowest threshold that loses no in-scope message).
	 */
	public static ClassifierSettings tune(IntentClassifier classifier, List<Utterance> validation, double errorGrowth) {
		return tuneAndExplain(classifier, validation, errorGrowth).settings();
	}

	/**
	 * {@link #tune(IntentClassifier, List, double)}, with what each threshold on the {@value #STEP}
	 * grid gives on {@code validation} at the fitted temperature: the rows
	 * {@code nlu-evaluate --trade-off} prints.
	 */
	public static Tuned tuneAndExplain(IntentClassifier classifier, List<Utterance> validation, double errorGrowth) {
		var scored = Scored.of(classifier, validation);
		if (scored.isEmpty()) {
			return new Tuned(classifier.settings(), List.of());
		}
		double temperature = Calibration.fitTemperature(classifier, scored.scores(), scored.gold());
		List<Point> tradeOff = tradeOff(classifier, scored, temperature);
		double allowedErrors = (1 - tradeOff.get(0).inScopeAccuracy()) * (1 + errorGrowth);
		double threshold = 0;
		for (Point point : tradeOff) {
			if (1 - point.inScopeAccuracy() <= allowedErrors + 1e-12) {
				threshold = point.threshold();
			}
		}
		return new Tuned(classifier.settings().withThresholdAndTemperature(threshold, temperature), tradeOff);
	}

	private static List<Point> tradeOff(IntentClassifier classifier, Scored scored, double temperature) {
		var points = new ArrayList<Point>();
		for (int step = 0; step * STEP < 1; step++) {
			double threshold = step * STEP;
			var settings = classifier.settings().withThresholdAndTemperature(threshold, temperature);
			var metrics = evaluate(classifier.withSettings(settings), scored);
			points.add(new Point(threshold, metrics.inScopeAccuracy(), metrics.oosRecall(), metrics.oosPrecision()));
		}
		return points;
	}

	static Metrics evaluate(IntentClassifier classifier, Scored scored) {
		List<String> predicted = scored.scores().stream().map(s -> classifier.decide(s).intent()).toList();
		return Metrics.of(scored.gold(), predicted);
	}

	/** The validation examples the model can score, with their labels. */
	record Scored(List<Scores> scores, List<String> gold) {

		static Scored of(IntentClassifier classifier, List<Utterance> validation) {
			var scores = new ArrayList<Scores>();
			var gold = new ArrayList<String>();
			for (Utterance utterance : validation) {
				Scores s = classifier.scores(utterance.text());
				if (s != null) {
					scores.add(s);
					gold.add(utterance.intent());
				}
			}
			return new Scored(scores, gold);
		}

		boolean isEmpty() {
			return scores.isEmpty();
		}
	}
}
