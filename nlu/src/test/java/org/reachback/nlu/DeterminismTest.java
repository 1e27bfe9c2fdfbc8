package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DeterminismTest {

	@Test
	void sameTrainingDataGivesTheSamePredictions() {
		var first = IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults());
		var second = IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults());

		for (Utterance utterance : CustomerServiceData.test()) {
			assertThat(second.classify(utterance.text())).isEqualTo(first.classify(utterance.text()));
		}
	}

	@Test
	void concurrentCallsGiveTheSameAnswersAsSequentialOnes() throws Exception {
		var classifier = IntentClassifier.train(CustomerServiceData.train(), ClassifierSettings.defaults());
		List<String> texts = CustomerServiceData.test().stream().map(Utterance::text).toList();
		List<Prediction> sequential = texts.stream().map(classifier::classify).toList();

		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Prediction>>> runs = IntStream.range(0, 8)
				.mapToObj(run -> pool.submit(() -> texts.stream().map(classifier::classify).toList()))
				.toList();
			for (Future<List<Prediction>> run : runs) {
				assertThat(run.get()).isEqualTo(sequential);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
