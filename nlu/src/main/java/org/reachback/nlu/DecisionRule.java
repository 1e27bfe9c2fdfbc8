package org.reachback.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns class probabilities into a {@link Prediction}. Out of scope when the out-of-scope class
 * (if trained) outranks every intent, or when the best intent's in-scope score is below its
 * threshold; ambiguous when in scope and the two best intents are closer than the margin.
 *
 * <p>The in-scope score is the best intent's probability times the message's similarity to the
 * nearest training example of that intent. The probability alone only compares the intents the
 * model knows, so a message unlike all of them can still get a confident one; the similarity
 * catches that. On CLINC150 validation, at 80 % out-of-scope recall, the product keeps 96.4 % of
 * in-scope messages right against 95.5 % for the probability alone.
 */
final class DecisionRule {

	private static final int RANKED = 3;

	private DecisionRule() {
	}

	/**
	 * @param similarity the message's similarity in [0, 1] to the nearest training example of the
	 *     best intent, 1 when not known
	 * @param outOfScopeClass index of the out-of-scope class in {@code labels}, or -1 when it was not
	 *     trained; it never appears among the ranked intents
	 */
	static Prediction decide(double[] p, double similarity, String[] labels, int outOfScopeClass,
			ClassifierSettings settings) {
		List<ScoredIntent> ranked = ranked(p, labels, outOfScopeClass);
		ScoredIntent best = ranked.get(0);
		boolean outOfScope = outOfScopeClass >= 0 && p[outOfScopeClass] > best.confidence()
				|| best.confidence() * similarity < settings.thresholdFor(best.intent());
		boolean ambiguous = !outOfScope && ranked.size() > 1
				&& best.confidence() - ranked.get(1).confidence() < settings.ambiguityMargin();
		return outOfScope
				? new Prediction(Utterance.OUT_OF_SCOPE, 1 - best.confidence(), true, false, ranked)
				: new Prediction(best.intent(), best.confidence(), false, ambiguous, ranked);
	}

	private static List<ScoredIntent> ranked(double[] p, String[] labels, int outOfScopeClass) {
		var ranked = new ArrayList<ScoredIntent>(RANKED);
		boolean[] taken = new boolean[p.length];
		for (int rank = 0; rank < RANKED; rank++) {
			int best = -1;
			for (int k = 0; k < p.length; k++) {
				if (k != outOfScopeClass && !taken[k] && (best < 0 || p[k] > p[best])) {
					best = k;
				}
			}
			if (best < 0) {
				break;
			}
			taken[best] = true;
			ranked.add(new ScoredIntent(labels[best], p[best]));
		}
		return ranked;
	}
}
