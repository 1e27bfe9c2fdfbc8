package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class EvaluateTest {

	@Test
	void reportsEveryFigureAsOneJsonObject() {
		var split = Utterances.stratifiedSplit(CustomerServiceData.train(), 0.2, 3);

		String json = Evaluate.evaluate(split.train(), split.heldOut(), CustomerServiceData.test(), ngrams());

		Map<String, Object> figures = JsonMapper.shared().readValue(json, new TypeReference<>() {
		});
		assertThat(figures.keySet()).containsExactly("inScopeAccuracy", "oosRecall", "oosPrecision", "macroF1",
				"threshold", "messagesPerSecond", "p99Micros", "trainSeconds");
		assertThat(((Number) figures.get("inScopeAccuracy")).doubleValue()).isBetween(0.7, 1.0);
		assertThat(((Number) figures.get("oosRecall")).doubleValue()).isBetween(0.0, 1.0);
		assertThat(((Number) figures.get("messagesPerSecond")).doubleValue()).isPositive();
	}

	@Test
	void outOfScopeFiguresAreNullWhenTheTestSetHasNone() {
		var inScopeOnly = CustomerServiceData.test().stream().filter(u -> !u.isOutOfScope()).toList();

		String json = Evaluate.evaluate(CustomerServiceData.train(), inScopeOnly, inScopeOnly, ngrams());

		assertThat(json).contains("\"oosRecall\":null", "\"oosPrecision\":null");
	}

	private static Evaluate.Run ngrams() {
		return new Evaluate.Run(FeatureSet.NGRAMS, null, Evaluate.DEFAULT_SEED, Tuning.DEFAULT_ERROR_GROWTH, false);
	}
}
