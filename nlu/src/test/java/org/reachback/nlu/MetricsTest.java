package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {

	@Test
	void scoresInScopeAccuracyOutOfScopeRecallPrecisionAndMacroF1() {
		List<String> gold = List.of("a", "a", "b", "b", "oos", "oos");
		List<String> predicted = List.of("a", "oos", "b", "a", "oos", "b");

		Metrics metrics = Metrics.of(gold, predicted);

		assertThat(metrics.inScopeAccuracy()).isEqualTo(0.5);
		assertThat(metrics.oosRecall()).isEqualTo(0.5);
		assertThat(metrics.oosPrecision()).isEqualTo(0.5);
		// F1: a = 2*1/(2+2) = 0.5, b = 2*1/(2+2) = 0.5, oos = 2*1/(2+2) = 0.5
		assertThat(metrics.macroF1()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void outOfScopeFiguresAreNullWithoutOutOfScopeGold() {
		Metrics metrics = Metrics.of(List.of("a", "b"), List.of("a", "oos"));

		assertThat(metrics.inScopeAccuracy()).isEqualTo(0.5);
		assertThat(metrics.oosRecall()).isNull();
		assertThat(metrics.oosPrecision()).isNull();
		assertThat(metrics.macroF1()).isCloseTo((1.0 + 0) / 2, within(1e-12));
	}
}
