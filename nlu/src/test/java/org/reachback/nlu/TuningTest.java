package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TuningTest {

	static final List<Utterance> VALIDATION = CustomerServiceData.test();

	@Test
	void choosesTheHighestThresholdWhoseInScopeErrorsGrowByNoMoreThanTheAllowedShare() {
		var classifier = IntentClassifier.train(CustomerServiceData.train(),
				new ClassifierSettings(0.3, 0.05, Map.of("returns", 0.2)));

		Tuning.Tuned explained = Tuning.tuneAndExplain(classifier, VALIDATION, 0.5);
		ClassifierSettings tuned = explained.settings();

		List<Tuning.Point> tradeOff = explained.tradeOff();
		double allowed = (1 - tradeOff.get(0).inScopeAccuracy()) * 1.5 + 1e-12;
		for (Tuning.Point point : tradeOff) {
			boolean within = 1 - point.inScopeAccuracy() <= allowed;
			assertThat(within).as("threshold %s", point.threshold()).isEqualTo(point.threshold() <= tuned.outOfScopeThreshold());
		}
		assertThat(tuned.outOfScopeThreshold()).isPositive();
		assertThat(tuned.ambiguityMargin()).isEqualTo(0.05);
		assertThat(tuned.intentThresholds()).containsEntry("returns", 0.2);
	}

	@Test
	void moreAllowedErrorsBuyMoreOutOfScopeRecall() {
		List<Utterance> validation = Clinc150.validation();
		var classifier = IntentClassifier.train(Utterances.perIntent(Clinc150.train(), 10, 1),
				ClassifierSettings.defaults(), FeatureSet.NGRAMS);

		var strict = classifier.withSettings(Tuning.tune(classifier, validation, 0));
		var loose = classifier.withSettings(Tuning.tune(classifier, validation, 1));

		Metrics strictly = Tuning.evaluate(strict, Tuning.Scored.of(strict, validation));
		Metrics loosely = Tuning.evaluate(loose, Tuning.Scored.of(loose, validation));
		assertThat(loose.settings().outOfScopeThreshold()).isGreaterThan(strict.settings().outOfScopeThreshold());
		assertThat(loosely.oosRecall()).isGreaterThan(strictly.oosRecall());
		assertThat(loosely.inScopeAccuracy()).isLessThan(strictly.inScopeAccuracy());
		assertThat(1 - loosely.inScopeAccuracy()).isLessThanOrEqualTo(2 * (1 - strictly.inScopeAccuracy()) + 1e-12);
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

	static double logLoss(IntentClassifier classifier, List<Utterance> examples) {
		double sum = 0;
		for (Utterance utterance : examples) {
			double[] p = SoftmaxModel.probabilities(classifier.scores(utterance.text()).logits(),
					classifier.settings().temperature());
			sum -= Math.log(p[classifier.classOf(utterance.intent())]);
		}
		return sum / examples.size();
	}
}
