package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CLINC150 protocol on its validation split: train on train.jsonl less a tenth held out for
 * tuning, test on val.jsonl. To stay within seconds, the full training set is used with n-grams
 * only, and the default features with ten examples per intent; the evaluation command measures the
 * rest (docs/intent-analysis.md).
 */
class ClincValidationTest {

	@Test
	void ngramModelMeetsItsAccuracyAndOutOfScopeBarOnClincValidation() {
		var split = heldOutSplit();

		var untuned = IntentClassifier.train(split.train(), ClassifierSettings.defaults(), FeatureSet.NGRAMS);
		Metrics metrics = onValidation(untuned.withSettings(Tuning.tune(untuned, split.heldOut())));

		assertThat(metrics.inScopeAccuracy()).isGreaterThanOrEqualTo(0.88);
		assertThat(metrics.oosRecall()).isGreaterThanOrEqualTo(0.70);
	}

	@Test
	void tenExamplesPerIntentMeetTheFewShotGoalOnClincValidation() {
		var split = heldOutSplit();
		List<Utterance> tenPerIntent = Utterances.perIntent(split.train(), 10, Evaluate.DEFAULT_SEED);

		var untuned = IntentClassifier.train(tenPerIntent, ClassifierSettings.defaults());
		Metrics metrics = onValidation(untuned.withSettings(Tuning.tune(untuned, split.heldOut())));

		assertThat(tenPerIntent).hasSize(1500).noneMatch(Utterance::isOutOfScope);
		assertThat(metrics.inScopeAccuracy()).isGreaterThanOrEqualTo(0.88);
		assertThat(metrics.oosRecall()).isGreaterThanOrEqualTo(0.70);
	}

	private static Utterances.Split heldOutSplit() {
		return Utterances.stratifiedSplit(Clinc150.train(), Evaluate.HELD_OUT_FRACTION, Evaluate.SPLIT_SEED);
	}

	private static Metrics onValidation(IntentClassifier classifier) {
		List<Utterance> validation = Clinc150.validation();
		List<String> predicted = validation.stream().map(u -> classifier.classify(u.text()).intent()).toList();
		return Metrics.of(validation.stream().map(Utterance::intent).toList(), predicted);
	}
}
