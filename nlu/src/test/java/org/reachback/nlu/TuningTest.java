package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TuningTest {

	static final List<Utterance> VALIDATION = CustomerServiceData.test();

	@Test
	void tunedSettingsScoreAtLeastAsWellAsAnyFixedThresholdAtTheFittedTemperature() {
		var classifier = IntentClassifier.train(CustomerServiceData.train(),
				new ClassifierSettings(0.3, 0.05, Map.of("returns", 0.2)));

		ClassifierSettings tuned = Tuning.tune(classifier, VALIDATION);

		double best = objective(classifier.withSettings(tuned));
		for (double threshold = 0; threshold < 1; threshold += 0.05) {
			var fixed = tuned.withThresholdAndTemperature(threshold, tuned.temperature());
			assertThat(best).isGreaterThanOrEqualTo(objective(classifier.withSettings(fixed)));
		}
		assertThat(tuned.ambiguityMargin()).isEqualTo(0.05);
		assertThat(tuned.intentThresholds()).containsEntry("returns", 0.2);
	}

	@Test
	void fittedTemperatureLowersTheValidationLogLoss() {
		var classifier = IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults());
		List<Utterance> inScope = VALIDATION.stream().filter(u -> !u.isOutOfScope()).toList();

		ClassifierSettings tuned = Tuning.tune(classifier, inScope);

		assertThat(tuned.temperature()).isNotEqualTo(1.0);
		assertThat(logLoss(classifier.withSettings(tuned), inScope)).isLessThan(logLoss(classifier, inScope));
	}

	@Test
	void keepsTheSettingsWhenThereIsNothingToTuneOn() {
		var classifier = IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults());

		assertThat(Tuning.tune(classifier, List.of(new Utterance("  ", "returns")))).isEqualTo(classifier.settings());
	}

	static double objective(IntentClassifier classifier) {
		var predicted = new ArrayList<String>();
		VALIDATION.forEach(u -> predicted.add(classifier.classify(u.text()).intent()));
		return Tuning.objective(Metrics.of(VALIDATION.stream().map(Utterance::intent).toList(), predicted));
	}

	static double logLoss(IntentClassifier classifier, List<Utterance> examples) {
		double sum = 0;
		for (Utterance utterance : examples) {
			double[] p = SoftmaxModel.probabilities(classifier.logits(utterance.text()),
					classifier.settings().temperature());
			sum -= Math.log(p[classifier.classOf(utterance.intent())]);
		}
		return sum / examples.size();
	}
}
