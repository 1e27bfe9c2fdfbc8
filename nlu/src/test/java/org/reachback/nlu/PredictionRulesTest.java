package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PredictionRulesTest {

	static final String MESSAGE = "I forgot my password and cannot log in";

	static IntentClassifier classifier;

	@BeforeAll
	static void train() {
		classifier = IntentClassifier.train(CustomerServiceData.train(), settings(0, 0, Map.of()));
	}

	@Test
	void perIntentThresholdOverridesTheGlobalOne() {
		double confidence = classifier.classify(MESSAGE).confidence();

		var strictForPasswords = classifier.withSettings(settings(0, 0, Map.of("password_reset", Math.nextUp(confidence))));
		var strictForOthers = classifier.withSettings(settings(0, 0, Map.of("returns", 1.0)));
		var lenientForPasswords = classifier.withSettings(settings(1, 0, Map.of("password_reset", 0.0)));

		assertThat(strictForPasswords.classify(MESSAGE).outOfScope()).isTrue();
		assertThat(strictForOthers.classify(MESSAGE).intent()).isEqualTo("password_reset");
		assertThat(lenientForPasswords.classify(MESSAGE).intent()).isEqualTo("password_reset");
	}

	@Test
	void globalThresholdRejectsBelowAndAcceptsAtTheInScopeScore() {
		double similarity = classifier.scores(MESSAGE).similarity();
		double score = classifier.classify(MESSAGE).confidence() * similarity;

		assertThat(similarity).isBetween(0.5, 1.0);
		assertThat(classifier.withSettings(settings(score, 0, Map.of())).classify(MESSAGE).outOfScope()).isFalse();
		assertThat(classifier.withSettings(settings(Math.nextUp(score), 0, Map.of())).classify(MESSAGE)
			.outOfScope()).isTrue();
	}

	@Test
	void ambiguousWhenTheTopTwoAreCloserThanTheMargin() {
		Prediction prediction = classifier.classify("where is my order and when will my refund arrive");
		double gap = prediction.ranked().get(0).confidence() - prediction.ranked().get(1).confidence();

		var wide = classifier.withSettings(settings(0, Math.min(1, gap + 0.01), Map.of()));
		var narrow = classifier.withSettings(settings(0, Math.max(0, gap - 0.01), Map.of()));

		assertThat(wide.classify("where is my order and when will my refund arrive").ambiguous()).isTrue();
		assertThat(narrow.classify("where is my order and when will my refund arrive").ambiguous()).isFalse();
	}

	@Test
	void confidencesAreProbabilitiesRankedBestFirst() {
		for (Utterance utterance : CustomerServiceData.test()) {
			Prediction prediction = classifier.classify(utterance.text());

			assertThat(prediction.confidence()).isBetween(0.0, 1.0);
			assertThat(prediction.ranked()).hasSize(3);
			assertThat(prediction.ranked()).extracting(ScoredIntent::confidence)
				.allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0))
				.isSortedAccordingTo((a, b) -> Double.compare(b, a));
			assertThat(prediction.ranked().stream().mapToDouble(ScoredIntent::confidence).sum()).isLessThanOrEqualTo(1 + 1e-9);
		}
	}

	@Test
	void temperatureChangesConfidenceButNotRanking() {
		var sharp = classifier.withSettings(new ClassifierSettings(0, 0, Map.of(), 0.5)).classify(MESSAGE);
		var flat = classifier.withSettings(new ClassifierSettings(0, 0, Map.of(), 2.0)).classify(MESSAGE);

		assertThat(sharp.ranked()).extracting(ScoredIntent::intent)
			.containsExactlyElementsOf(flat.ranked().stream().map(ScoredIntent::intent).toList());
		assertThat(sharp.confidence()).isGreaterThan(flat.confidence());
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t", "?!", "..." })
	void blankOrWordlessTextIsOutOfScope(String text) {
		Prediction prediction = classifier.withSettings(ClassifierSettings.defaults()).classify(text);

		assertThat(prediction.outOfScope()).isTrue();
		assertThat(prediction.intent()).isEqualTo(Utterance.OUT_OF_SCOPE);
		assertThat(prediction.confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void rejectsSettingsOutsideTheirRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings(1.5, 0, Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(0.5, -0.1, Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(0.5, 0.1, Map.of("returns", 2.0)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClassifierSettings(0.5, 0.1, Map.of(), 0));
	}

	static ClassifierSettings settings(double threshold, double margin, Map<String, Double> overrides) {
		return new ClassifierSettings(threshold, margin, overrides);
	}
}
