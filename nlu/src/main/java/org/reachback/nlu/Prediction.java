package org.reachback.nlu;

import java.util.List;

/**
 * The classifier's answer for one message.
 *
 * @param intent the best in-scope intent, or {@link Utterance#OUT_OF_SCOPE} when {@code outOfScope}
 * @param confidence calibrated probability in [0, 1] that {@code intent} is right: the best in-scope
 *     intent's probability, or, when out of scope, one minus it
 * @param outOfScope the model ranks "out of scope" first, or the best intent's in-scope score (its
 *     probability times the message's similarity to that intent's nearest training example) is below
 *     its threshold; always true for blank text
 * @param ambiguous in scope, but the two best intents are closer than the ambiguity margin
 * @param ranked the best in-scope intents, best first (at most three), whatever {@code outOfScope}
 *     says; empty for blank text
 */
public record Prediction(String intent, double confidence, boolean outOfScope, boolean ambiguous,
		List<ScoredIntent> ranked) {

	public Prediction {
		ranked = List.copyOf(ranked);
	}
}
