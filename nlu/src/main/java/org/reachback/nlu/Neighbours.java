package org.reachback.nlu;

import java.util.List;

/**
 * The training examples' sentence embeddings, grouped by class, to tell how close a message comes
 * to the nearest example of an intent. A classifier's probability says which intent is likeliest
 * among those it knows; this similarity says whether the message looks like anything it was shown,
 * which is what out-of-scope detection needs (see {@link DecisionRule}). Immutable.
 */
final class Neighbours {

	private final float[][] byClass;
	private final int dimensions;

	private Neighbours(float[][] byClass, int dimensions) {
		this.byClass = byClass;
		this.dimensions = dimensions;
	}

	/** Groups unit-length {@code embeddings} by their {@code classes}, in training order. */
	static Neighbours of(List<float[]> embeddings, int[] classes, int classCount) {
		int dimensions = embeddings.isEmpty() ? 0 : embeddings.get(0).length;
		int[] counts = new int[classCount];
		for (int c : classes) {
			counts[c]++;
		}
		float[][] byClass = new float[classCount][];
		for (int k = 0; k < classCount; k++) {
			byClass[k] = new float[counts[k] * dimensions];
		}
		int[] filled = new int[classCount];
		for (int i = 0; i < classes.length; i++) {
			int k = classes[i];
			System.arraycopy(embeddings.get(i), 0, byClass[k], filled[k]++ * dimensions, dimensions);
		}
		return new Neighbours(byClass, dimensions);
	}

	/** The cosine similarity of the unit-length {@code embedding} to the nearest example of class {@code k}, clipped to [0, 1]. */
	double similarity(float[] embedding, int k) {
		float[] examples = byClass[k];
		double best = 0;
		for (int start = 0; start < examples.length; start += dimensions) {
			double dot = 0;
			for (int j = 0; j < dimensions; j++) {
				dot += embedding[j] * examples[start + j];
			}
			best = Math.max(best, dot);
		}
		return Math.min(best, 1);
	}

	long memoryBytes() {
		long bytes = 0;
		for (float[] examples : byClass) {
			bytes += (long) examples.length * Float.BYTES;
		}
		return bytes;
	}
}
