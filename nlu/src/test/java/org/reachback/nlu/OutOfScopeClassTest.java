package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutOfScopeClassTest {

	static IntentClassifier classifier;

	@BeforeAll
	static void trainWithOutOfScopeExamples() {
		List<Utterance> examples = new ArrayList<>(CustomerServiceData.train());
		List.of("tell me a joke", "say something funny", "what's the weather like today", "will it rain tomorrow",
				"who is the president", "sing me a song", "what is the meaning of life", "how old are you")
			.forEach(text -> examples.add(new Utterance(text, Utterance.OUT_OF_SCOPE)));
		classifier = IntentClassifier.train(examples, new ClassifierSettings(0, 0.1, Map.of()), FeatureSet.NGRAMS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tell me a funny joke", "is it going to rain today" })
	void messagesLikeTheOutOfScopeExamplesAreRejectedEvenWithoutThreshold(String text) {
		Prediction prediction = classifier.classify(text);

		assertThat(prediction.outOfScope()).isTrue();
		assertThat(prediction.ranked()).extracting(ScoredIntent::intent).doesNotContain(Utterance.OUT_OF_SCOPE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "where is my parcel", "I forgot my password" })
	void inScopeMessagesStayInScope(String text) {
		assertThat(classifier.classify(text).outOfScope()).isFalse();
		assertThat(classifier.intents()).doesNotContain(Utterance.OUT_OF_SCOPE);
	}
}
