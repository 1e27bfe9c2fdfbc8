package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * The CLINC150 protocol on its validation split: train on train.jsonl less a tenth held out for
 * tuning, test on val.jsonl. N-grams only, to stay within seconds; the evaluation command measures
 * the default feature set (docs/intent-analysis.md). The two splits are test resources
 * (CLINC150, Larson et al. 2019, CC BY 3.0).
 */
class ClincValidationTest {

	@Test
	void ngramModelMeetsItsAccuracyAndOutOfScopeBarOnClincValidation() throws Exception {
		var split = Utterances.stratifiedSplit(clinc("train.jsonl"), Evaluate.HELD_OUT_FRACTION, Evaluate.SPLIT_SEED);
		List<Utterance> validation = clinc("val.jsonl");

		var untuned = IntentClassifier.train(split.train(), ClassifierSettings.defaults(), FeatureSet.NGRAMS);
		var classifier = untuned.withSettings(Tuning.tune(untuned, split.heldOut()));

		List<String> predicted = validation.stream().map(u -> classifier.classify(u.text()).intent()).toList();
		Metrics metrics = Metrics.of(validation.stream().map(Utterance::intent).toList(), predicted);
		assertThat(metrics.inScopeAccuracy()).isGreaterThanOrEqualTo(0.90);
		assertThat(metrics.oosRecall()).isGreaterThanOrEqualTo(0.60);
	}

	private static List<Utterance> clinc(String split) throws Exception {
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(ClincValidationTest.class.getResourceAsStream("/clinc150/" + split), split),
				StandardCharsets.UTF_8)) {
			return Utterances.readJsonLines(reader);
		}
	}

}
