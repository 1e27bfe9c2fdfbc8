package org.reachback.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): one divisor of all logits, chosen to minimise the negative
 * log-likelihood of held-out labels. It changes confidences, never the ranking.
 */
final class Calibration {

	private static final double MIN_LOG_TEMPERATURE = Math.log(0.01);
	private static final double MAX_LOG_TEMPERATURE = Math.log(100);

	private Calibration() {
	}

	/** The fitted temperature, or 1 when no example has a label the model knows. */
	static double fitTemperature(IntentClassifier classifier, List<Scores> scored, List<String> gold) {
		int[] classes = gold.stream().mapToInt(classifier::classOf).toArray();
		if (Arrays.stream(classes).allMatch(c -> c < 0)) {
			return 1;
		}
		double low = MIN_LOG_TEMPERATURE;
		double high = MAX_LOG_TEMPERATURE;
		double ratio = (Math.sqrt(5) - 1) / 2;
		for (int i = 0; i < 60; i++) {
			double a = high - ratio * (high - low);
			double b = low + ratio * (high - low);
			if (negativeLogLikelihood(scored, classes, Math.exp(a)) < negativeLogLikelihood(scored, classes, Math.exp(b))) {
				high = b;
			}
			else {
				low = a;
			}
		}
		return Math.exp((low + high) / 2);
	}

	private static double negativeLogLikelihood(List<Scores> scored, int[] classes, double temperature) {
		double sum = 0;
		for (int i = 0; i < classes.length; i++) {
			if (classes[i] >= 0) {
				double p = SoftmaxModel.probabilities(scored.get(i).logits(), temperature)[classes[i]];
				sum -= Math.log(Math.max(p, 1e-300));
			}
		}
		return sum;
	}
}
