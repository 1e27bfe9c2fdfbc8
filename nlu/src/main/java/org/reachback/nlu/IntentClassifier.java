package org.reachback.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trained intent classifier. Immutable and so safe to share between threads; {@link #classify}
 * allocates only small per-call arrays. Training is deterministic: the same examples in the same
 * order give the same model.
 */
public final class IntentClassifier {

	private final Features features;
	private final SoftmaxModel model;
	private final Neighbours neighbours;
	private final String[] labels;
	private final int outOfScopeClass;
	private final ClassifierSettings settings;

	private IntentClassifier(Features features, SoftmaxModel model, Neighbours neighbours, String[] labels,
			ClassifierSettings settings) {
		this.features = features;
		this.model = model;
		this.neighbours = neighbours;
		this.labels = labels;
		this.outOfScopeClass = Arrays.asList(labels).indexOf(Utterance.OUT_OF_SCOPE);
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/**
	 * Trains on n-grams and sentence embeddings ({@link FeatureSet#NGRAMS_AND_EMBEDDINGS}); see
	 * {@link #train(List, ClassifierSettings, FeatureSet)}.
	 */
	public static IntentClassifier train(List<Utterance> examples, ClassifierSettings settings) {
		return train(examples, settings, FeatureSet.NGRAMS_AND_EMBEDDINGS);
	}

	/**
	 * Trains on {@code examples}, which need at least two distinct labels with at least one in-scope
	 * intent; examples labelled {@link Utterance#OUT_OF_SCOPE} are learnt as a class of their own.
	 */
	public static IntentClassifier train(List<Utterance> examples, ClassifierSettings settings, FeatureSet featureSet) {
		String[] labels = examples.stream().map(Utterance::intent).distinct().sorted().toArray(String[]::new);
		if (labels.length < 2 || examples.stream().allMatch(Utterance::isOutOfScope)) {
			throw new IllegalArgumentException("need at least two labels, one of them in scope: " + Arrays.toString(labels));
		}
		List<String> texts = examples.stream().map(Utterance::text).toList();
		var features = Features.fit(texts, featureSet);
		int[] classes = examples.stream().mapToInt(e -> Arrays.binarySearch(labels, e.intent())).toArray();
		List<float[]> embeddings = features.embedAll(texts);
		var vectors = new ArrayList<SparseVector>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			vectors.add(features.vectorize(texts.get(i), embeddings == null ? null : embeddings.get(i)));
		}
		var model = SoftmaxTrainer.train(vectors, classes, labels.length, features.dimensions(),
				SoftmaxTrainer.Options.standard());
		var neighbours = embeddings == null ? null : Neighbours.of(embeddings, classes, labels.length);
		return new IntentClassifier(features, model, neighbours, labels, settings);
	}

	/**
	 * Classifies one message. Text that is {@code null}, has no letter or digit, or (n-grams only)
	 * shares no n-gram with the training data is out of scope with confidence 1 and nothing ranked.
	 */
	public Prediction classify(String text) {
		Scores scores = scores(text);
		return scores == null ? blank() : decide(scores);
	}

	/** The in-scope intents this classifier can predict. */
	public Set<String> intents() {
		var intents = new TreeSet<>(Arrays.asList(labels));
		intents.remove(Utterance.OUT_OF_SCOPE);
		return Collections.unmodifiableSet(intents);
	}

	public ClassifierSettings settings() {
		return settings;
	}

	/** The same model deciding with other settings; no retraining. */
	public IntentClassifier withSettings(ClassifierSettings newSettings) {
		return new IntentClassifier(features, model, neighbours, labels, newSettings);
	}

	/**
	 * Approximate heap taken by this model's arrays (weights, vocabulary, IDF, the training examples'
	 * embeddings), without the sentence encoder that all classifiers of a JVM share (see
	 * {@link #sharedEncoderBytes()}).
	 */
	public long modelMemoryBytes() {
		return model.memoryBytes() + features.memoryBytes() + (neighbours == null ? 0 : neighbours.memoryBytes());
	}

	/** The weights of the shared sentence encoder, or 0 when this classifier does not use it. */
	public long sharedEncoderBytes() {
		return features.usesEmbeddings() ? SentenceEncoder.shared().weightBytes() : 0;
	}

	/**
	 * Raw scores per class and the nearest-example similarity of the best in-scope class, or
	 * {@code null} when the text has no word or nothing seen in training.
	 */
	Scores scores(String text) {
		if (text == null || text.chars().noneMatch(Character::isLetterOrDigit)) {
			return null;
		}
		float[] embedding = features.embed(text);
		SparseVector vector = features.vectorize(text, embedding);
		if (vector.size() == 0) {
			return null;
		}
		double[] logits = model.logits(vector);
		return new Scores(logits, neighbours == null ? 1 : neighbours.similarity(embedding, bestInScope(logits)));
	}

	/** The index of {@code label} among the trained classes, or -1 if it was never trained. */
	int classOf(String label) {
		return Arrays.asList(labels).indexOf(label);
	}

	Prediction decide(Scores scores) {
		return DecisionRule.decide(SoftmaxModel.probabilities(scores.logits(), settings.temperature()),
				scores.similarity(), labels, outOfScopeClass, settings);
	}

	private int bestInScope(double[] logits) {
		int best = -1;
		for (int k = 0; k < logits.length; k++) {
			if (k != outOfScopeClass && (best < 0 || logits[k] > logits[best])) {
				best = k;
			}
		}
		return best;
	}

	private static Prediction blank() {
		return new Prediction(Utterance.OUT_OF_SCOPE, 1.0, true, false, List.of());
	}
}
