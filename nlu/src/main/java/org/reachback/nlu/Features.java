package org.reachback.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The model's input: the n-gram vector (unit length) followed, for
 * {@link FeatureSet#NGRAMS_AND_EMBEDDINGS}, by the sentence embedding (unit length) in columns
 * after the n-grams. Immutable.
 */
final class Features {

	/**
	 * From this many training examples up, n-grams found in a single example are dropped: on
	 * CLINC150 that halves the model (35 to 18 MiB) and changed accuracy by 0.1 point.
	 */
	private static final int LARGE_TRAINING_SET = 5_000;

	private final Featurizer ngrams;
	private final SentenceEncoder encoder;

	private Features(Featurizer ngrams, SentenceEncoder encoder) {
		this.ngrams = ngrams;
		this.encoder = encoder;
	}

	static Features fit(List<String> texts, FeatureSet featureSet) {
		var ngrams = Featurizer.fit(texts, texts.size() >= LARGE_TRAINING_SET ? 2 : 1);
		return new Features(ngrams, featureSet == FeatureSet.NGRAMS ? null : SentenceEncoder.shared());
	}

	int dimensions() {
		return ngrams.dimensions() + (encoder == null ? 0 : SentenceEncoder.DIMENSIONS);
	}

	SparseVector vectorize(String text) {
		SparseVector vector = ngrams.vectorize(text);
		return encoder == null ? vector : append(vector, encoder.encode(text));
	}

	/** {@link #vectorize} of each text, with the sentence embeddings computed in parallel. */
	List<SparseVector> vectorizeAll(List<String> texts) {
		List<SparseVector> vectors = texts.stream().map(ngrams::vectorize).toList();
		if (encoder == null) {
			return vectors;
		}
		List<float[]> embeddings = encoder.encodeAll(texts);
		var combined = new ArrayList<SparseVector>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			combined.add(append(vectors.get(i), embeddings.get(i)));
		}
		return combined;
	}

	/** The heap taken by the n-gram vocabulary; the shared encoder is not counted. */
	long memoryBytes() {
		return ngrams.memoryBytes();
	}

	boolean usesEmbeddings() {
		return encoder != null;
	}

	private SparseVector append(SparseVector vector, float[] embedding) {
		int size = vector.size();
		int[] columns = Arrays.copyOf(vector.columns(), size + embedding.length);
		float[] values = Arrays.copyOf(vector.values(), size + embedding.length);
		for (int j = 0; j < embedding.length; j++) {
			columns[size + j] = ngrams.dimensions() + j;
			values[size + j] = embedding[j];
		}
		return new SparseVector(columns, values);
	}
}
