package org.reachback.nlu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Command line: {@code Evaluate --train FILE [--validation FILE] --test FILE [--features
 * NGRAMS|NGRAMS_AND_EMBEDDINGS] [--per-intent N [--seed S]] [--error-growth G] [--trade-off]}.
 * Trains on the training file (with n-grams and embeddings unless told otherwise; with
 * {@code --per-intent}, on N in-scope examples of each intent chosen with the seed and no
 * out-of-scope examples), tunes on the validation file (or, without one, on a stratified 10% held
 * out of the training file and not trained on), then scores the test file. {@code --trade-off}
 * prints what every threshold gives on the validation set. Human-readable lines come first; the
 * last line of standard output is one JSON object with the figures.
 */
public final class Evaluate {

	static final double HELD_OUT_FRACTION = 0.1;
	static final long SPLIT_SEED = 7;
	static final long DEFAULT_SEED = 1;

	private static final String USAGE = "usage: nlu-evaluate --train FILE [--validation FILE] --test FILE"
			+ " [--features NGRAMS|NGRAMS_AND_EMBEDDINGS] [--per-intent N [--seed S]] [--error-growth G] [--trade-off]";
	private static final Set<String> FLAGS = Set.of("--trade-off");

	private Evaluate() {
	}

	/** What to run, read from the command line. */
	record Run(FeatureSet featureSet, Integer perIntent, long seed, double errorGrowth, boolean tradeOff) {
	}

	public static void main(String[] args) {
		Map<String, String> options;
		Run run;
		try {
			options = options(args);
			if (!options.containsKey("--train") || !options.containsKey("--test")) {
				throw new IllegalArgumentException("--train and --test are required");
			}
			run = new Run(FeatureSet.valueOf(options.getOrDefault("--features", FeatureSet.NGRAMS_AND_EMBEDDINGS.name())),
					options.containsKey("--per-intent") ? Integer.valueOf(options.get("--per-intent")) : null,
					Long.parseLong(options.getOrDefault("--seed", Long.toString(DEFAULT_SEED))),
					Double.parseDouble(options.getOrDefault("--error-growth", Double.toString(Tuning.DEFAULT_ERROR_GROWTH))),
					options.containsKey("--trade-off"));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("nlu-evaluate: " + ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
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
		if (run.perIntent() != null) {
			train = Utterances.perIntent(train, run.perIntent(), run.seed());
		}
		System.out.println(evaluate(train, validation, test, run));
	}

	/** Trains, tunes and scores; returns the JSON line. */
	static String evaluate(List<Utterance> train, List<Utterance> validation, List<Utterance> test, Run run) {
		long started = System.nanoTime();
		var untuned = IntentClassifier.train(train, ClassifierSettings.defaults(), run.featureSet());
		double trainSeconds = (System.nanoTime() - started) / 1e9;
		var tuned = Tuning.tuneAndExplain(untuned, validation, run.errorGrowth());
		var settings = tuned.settings();
		var classifier = untuned.withSettings(settings);
		if (run.tradeOff()) {
			printTradeOff(tuned.tradeOff(), settings.outOfScopeThreshold());
		}
		List<String> predicted = test.stream().map(u -> classifier.classify(u.text()).intent()).toList();
		var metrics = Metrics.of(test.stream().map(Utterance::intent).toList(), predicted);
		int callers = Runtime.getRuntime().availableProcessors();
		var speed = Throughput.measure(classifier, test.stream().map(Utterance::text).toList(), callers);
		System.out.printf("trained %s on %d examples (%d intents) in %.2f s; model memory %.1f MiB + shared encoder %.1f MiB%n",
				run.featureSet(), train.size(), classifier.intents().size(), trainSeconds,
				classifier.modelMemoryBytes() / 1048576.0, classifier.sharedEncoderBytes() / 1048576.0);
		System.out.printf("tuned on %d examples (in-scope errors may grow by %.0f %%): threshold %.3f, temperature %.3f, margin %.2f%n",
				validation.size(), run.errorGrowth() * 100, settings.outOfScopeThreshold(), settings.temperature(),
				settings.ambiguityMargin());
		System.out.printf("tested on %d examples; speed measured with %d concurrent callers, one message a call%n",
				test.size(), callers);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("inScopeAccuracy", metrics.inScopeAccuracy());
		json.put("oosRecall", metrics.oosRecall());
		json.put("oosPrecision", metrics.oosPrecision());
		json.put("macroF1", metrics.macroF1());
		json.put("threshold", settings.outOfScopeThreshold());
		json.put("messagesPerSecond", Math.round(speed.messagesPerSecond()));
		json.put("p99Micros", Math.round(speed.p99Micros()));
		json.put("trainSeconds", Math.round(trainSeconds * 1000) / 1000.0);
		return JsonMapper.shared().writeValueAsString(json);
	}

	private static void printTradeOff(List<Tuning.Point> points, double chosen) {
		System.out.println("trade-off on validation: threshold, in-scope accuracy, out-of-scope recall, out-of-scope precision");
		for (Tuning.Point point : points) {
			System.out.printf("%.3f  %.4f  %s  %s%s%n", point.threshold(), point.inScopeAccuracy(),
					fraction(point.oosRecall()), fraction(point.oosPrecision()),
					Math.abs(point.threshold() - chosen) < 1e-9 ? "  <- chosen" : "");
		}
	}

	private static String fraction(Double value) {
		return value == null ? "-" : String.format("%.4f", value);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (FLAGS.contains(args[i])) {
				options.put(args[i], "true");
			}
			else if (args[i].startsWith("--") && i + 1 < args.length) {
				options.put(args[i], args[++i]);
			}
			else {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
		}
		return options;
	}
}
