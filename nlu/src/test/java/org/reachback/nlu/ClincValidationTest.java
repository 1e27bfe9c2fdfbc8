package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CLINC150 protocol on its validation split: train on train.jsonl less a tenth held out for
 * tuning, test on val.jsonl. N-grams only, to stay within seconds; the evaluation command measures
 * the default feature set (docs/intent-analysis.md).
 */
class ClincValidationTest {

	@Test
	void ngramModelMeetsItsAccuracyAndOutOfScopeBarOnClincValidation() {
		var split = Utterances.stratifiedSplit(Clinc150.train(), Evaluate.HELD_OUT_FRACTION, Evaluate.SPLIT_SEED);
		List<Utterance> validation = Clinc150.validation();

		var untuned = IntentClassifier.train(split.train(), ClassifierSettings.defaults(), FeatureSet.NGRAMS);
		var classifier = untuned.withSettings(Tuning.tune(untuned, split.heldOut()));

		List<String> predicted = validation.stream().map(u -> classifier.classify(u.text()).intent()).toList();
		Metrics metrics = Metrics.of(validation.stream().map(Utterance::intent).toList(), predicted);
		assertThat(metrics.inScopeAccuracy()).isGreaterThanOrEqualTo(0.90);
		assertThat(metrics.oosRecall()).isGreaterThanOrEqualTo(0.60);
	}

}
