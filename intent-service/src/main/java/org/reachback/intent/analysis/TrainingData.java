package org.reachback.intent.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a brand's classifier learns from. Two configurations with equal training data can share
 * one trained model; everything else in a brand's configuration (bots, thresholds, margin) only
 * changes decisions and routing.
 *
 * @param examplesByIntent each intent's example utterances, in configured order
 * @param outOfScope the examples learnt as the out-of-scope class
 */
record TrainingData(Map<String, List<String>> examplesByIntent, List<String> outOfScope) {

	TrainingData {
		examplesByIntent = Map.copyOf(examplesByIntent);
		outOfScope = List.copyOf(outOfScope);
	}

	static TrainingData of(BrandsProperties.Brand config) {
		Map<String, List<String>> examples = new HashMap<>();
		config.intents().forEach((intent, settings) -> examples.put(intent, settings.examples()));
		return new TrainingData(examples, config.outOfScope());
	}

	/** In-scope examples, without the out-of-scope ones. */
	int exampleCount() {
		return examplesByIntent.values().stream().mapToInt(List::size).sum();
	}

}
