package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomerServiceAccuracyTest {

	static final Map<FeatureSet, IntentClassifier> CLASSIFIERS = new EnumMap<>(FeatureSet.class);

	@BeforeAll
	static void train() {
		for (FeatureSet featureSet : FeatureSet.values()) {
			CLASSIFIERS.put(featureSet,
					IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults(), featureSet));
		}
	}

	@Test
	void learnsEveryIntentOfTheTrainingData() {
		assertThat(CLASSIFIERS.get(FeatureSet.NGRAMS_AND_EMBEDDINGS).intents()).hasSize(11)
			.contains("opening_hours", "returns", "app_not_working")
			.doesNotContain(Utterance.OUT_OF_SCOPE);
	}

	@ParameterizedTest
	@EnumSource(FeatureSet.class)
	void trainsASmallBrandWellUnderASecondOnceTheEncoderIsLoaded(FeatureSet featureSet) {
		long started = System.nanoTime();
		IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults(), featureSet);

		assertThat((System.nanoTime() - started) / 1e6).isLessThan(1000);
	}

	@ParameterizedTest
	@EnumSource(FeatureSet.class)
	void recognisesDifferentlyPhrasedMessagesWithDefaultSettings(FeatureSet featureSet) {
		var classifier = CLASSIFIERS.get(featureSet);
		List<Utterance> inScope = CustomerServiceData.test().stream().filter(u -> !u.isOutOfScope()).toList();

		long right = inScope.stream().filter(u -> classifier.classify(u.text()).intent().equals(u.intent())).count();

		assertThat((double) right / inScope.size()).isGreaterThanOrEqualTo(0.85);
	}

	@ParameterizedTest
	@EnumSource(FeatureSet.class)
	void rejectsMostUnrelatedMessagesWithoutOutOfScopeTrainingExamples(FeatureSet featureSet) {
		var classifier = CLASSIFIERS.get(featureSet);
		List<Utterance> outOfScope = CustomerServiceData.test().stream().filter(Utterance::isOutOfScope).toList();

		long rejected = outOfScope.stream().filter(u -> classifier.classify(u.text()).outOfScope()).count();

		assertThat(outOfScope).hasSize(10);
		assertThat(rejected).isGreaterThanOrEqualTo(7);
	}

	@ParameterizedTest
	@EnumSource(FeatureSet.class)
	void namesOutOfScopeAsTheIntentWhenRejecting(FeatureSet featureSet) {
		Prediction prediction = CLASSIFIERS.get(featureSet).classify("tell me a joke about penguins");

		assertThat(prediction.outOfScope()).isTrue();
		assertThat(prediction.intent()).isEqualTo(Utterance.OUT_OF_SCOPE);
		assertThat(prediction.ambiguous()).isFalse();
	}
}
