package org.reachback.nlu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Command line: {@code Evaluate --train FILE [--validation FILE] --test FILE [--features
 * NGRAMS|NGRAMS_AND_EMBEDDINGS]}. Trains on the training file (with n-grams and embeddings unless
 * told otherwise), tunes on the validation file (or, without one, on a stratified 10% held out of
 * the training file and not trained on), then scores the test file. Human-readable lines come
 * first; the last line of standard output is one JSON object with the figures.
 */
public final class Evaluate {

	static final double HELD_OUT_FRACTION = 0.1;
	static final long SPLIT_SEED = 7;

	private Evaluate() {
	}

	public static void main(String[] args) {
		Map<String, String> options = options(args);
		if (!options.containsKey("--train") || !options.containsKey("--test")) {
			System.err.println("usage: nlu-evaluate --train FILE [--validation FILE] --test FILE"
					+ " [--features NGRAMS|NGRAMS_AND_EMBEDDINGS]");
			System.exit(2);
		}
		List<Utterance> train = Utterances.readJsonLines(Path.of(options.get("--train")));
		List<Utterance> test = Utterances.readJsonLines(Path.of(options.get("--test")));
		List<Utterance> validation;
		if (options.containsKey("--validation")) {
			validation = Utterances.readJsonLines(Path.of(options.get("--validation")));
		}
		else {
			var split = Utterances.stratifiedSplit(train, HELD_OUT_FRACTION, SPLIT_SEED);
			train = split.train();
			validation = split.heldOut();
		}
		var featureSet = FeatureSet.valueOf(options.getOrDefault("--features", FeatureSet.NGRAMS_AND_EMBEDDINGS.name()));
		System.out.println(evaluate(train, validation, test, featureSet));
	}

	/** Trains, tunes and scores; returns the JSON line. */
	static String evaluate(List<Utterance> train, List<Utterance> validation, List<Utterance> test,
			FeatureSet featureSet) {
		long started = System.nanoTime();
		var untuned = IntentClassifier.train(train, ClassifierSettings.defaults(), featureSet);
		double trainSeconds = (System.nanoTime() - started) / 1e9;
		var settings = Tuning.tune(untuned, validation);
		var classifier = untuned.withSettings(settings);
		List<String> predicted = test.stream().map(u -> classifier.classify(u.text()).intent()).toList();
		var metrics = Metrics.of(test.stream().map(Utterance::intent).toList(), predicted);
		int callers = Runtime.getRuntime().availableProcessors();
		var speed = Throughput.measure(classifier, test.stream().map(Utterance::text).toList(), callers);
		System.out.printf("trained %s on %d examples (%d intents) in %.2f s; model memory %.1f MiB + shared encoder %.1f MiB%n",
				featureSet, train.size(), classifier.intents().size(), trainSeconds,
				classifier.modelMemoryBytes() / 1048576.0, classifier.sharedEncoderBytes() / 1048576.0);
		System.out.printf("tuned on %d examples: threshold %.2f, temperature %.3f, margin %.2f%n", validation.size(),
				settings.outOfScopeThreshold(), settings.temperature(), settings.ambiguityMargin());
		System.out.printf("tested on %d examples; speed measured with %d concurrent callers, one message a call%n",
				test.size(), callers);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("inScopeAccuracy", metrics.inScopeAccuracy());
		json.put("oosRecall", metrics.oosRecall());
		json.put("oosPrecision", metrics.oosPrecision());
		json.put("macroF1", metrics.macroF1());
		json.put("messagesPerSecond", Math.round(speed.messagesPerSecond()));
		json.put("p99Micros", Math.round(speed.p99Micros()));
		json.put("trainSeconds", Math.round(trainSeconds * 1000) / 1000.0);
		return JsonMapper.shared().writeValueAsString(json);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		return options;
	}
}
