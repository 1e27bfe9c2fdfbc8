package org.reachback.nlu.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reachback.nlu.ClassifierSettings;
import org.reachback.nlu.FeatureSet;
import org.reachback.nlu.IntentClassifier;
import org.reachback.nlu.Prediction;
import org.reachback.nlu.Tuning;
import org.reachback.nlu.Utterance;
import org.reachback.nlu.Utterances;
import org.reachback.nlu.Clinc150;

/**
 * Single-message {@link IntentClassifier#classify} on a model trained on CLINC150 train (less the
 * tenth held out for tuning), cycling through the validation texts. Throughput and sampled latency
 * (for percentiles); run with {@code -t 2} for two concurrent callers. Not part of the build's
 * tests: see docs/intent-analysis.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {

	@Param({ "NGRAMS", "NGRAMS_AND_EMBEDDINGS" })
	public FeatureSet featureSet;

	private IntentClassifier classifier;
	private String[] texts;

	@Setup
	public void train() {
		var split = Utterances.stratifiedSplit(Clinc150.train(), 0.1, 7);
		var untuned = IntentClassifier.train(split.train(), ClassifierSettings.defaults(), featureSet);
		classifier = untuned.withSettings(Tuning.tune(untuned, split.heldOut()));
		List<Utterance> validation = Clinc150.validation();
		texts = validation.stream().map(Utterance::text).toArray(String[]::new);
	}

	@State(Scope.Thread)
	public static class Cursor {
		int next;
	}

	@Benchmark
	public Prediction classify(Cursor cursor) {
		String text = texts[cursor.next];
		cursor.next = (cursor.next + 1) % texts.length;
		return classifier.classify(text);
	}
}
