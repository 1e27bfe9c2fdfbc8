package org.reachback.nlu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a message to an L2-normalised TF-IDF vector over the n-grams seen in training, with
 * sublinear term frequency (1 + ln tf). Word and character n-grams are normalised as two blocks of
 * equal weight, so the far more numerous character n-grams do not drown the words. Immutable.
 */
final class Featurizer {

	private static final float BLOCK_WEIGHT = (float) Math.sqrt(0.5);

	private final LongIntMap columns;
	private final float[] idf;
	private final int wordColumns;

	private Featurizer(LongIntMap columns, float[] idf, int wordColumns) {
		this.columns = columns;
		this.idf = idf;
		this.wordColumns = wordColumns;
	}

	/** Keeps the n-grams found in at least {@code minDocuments} of the texts. */
	static Featurizer fit(List<String> texts, int minDocuments) {
		Map<Long, Integer> documentFrequency = new HashMap<>();
		for (String text : texts) {
			Arrays.stream(NGrams.keys(text)).distinct().forEach(key -> documentFrequency.merge(key, 1, Integer::sum));
		}
		long[] kept = documentFrequency.entrySet().stream()
			.filter(entry -> entry.getValue() >= minDocuments)
			.mapToLong(Map.Entry::getKey)
			.boxed()
			.sorted((a, b) -> NGrams.isCharKey(a) == NGrams.isCharKey(b) ? Long.compare(a, b)
					: NGrams.isCharKey(a) ? 1 : -1)
			.mapToLong(Long::longValue)
			.toArray();
		var columns = new LongIntMap(kept.length);
		float[] idf = new float[kept.length];
		int wordColumns = 0;
		for (int column = 0; column < kept.length; column++) {
			columns.put(kept[column], column);
			idf[column] = (float) (Math.log((1.0 + texts.size()) / (1.0 + documentFrequency.get(kept[column]))) + 1);
			wordColumns += NGrams.isCharKey(kept[column]) ? 0 : 1;
		}
		return new Featurizer(columns, idf, wordColumns);
	}

	int dimensions() {
		return idf.length;
	}

	SparseVector vectorize(String text) {
		long[] keys = NGrams.keys(text);
		int[] found = new int[keys.length];
		int count = 0;
		for (long key : keys) {
			int column = columns.get(key);
			if (column >= 0) {
				found[count++] = column;
			}
		}
		Arrays.sort(found, 0, count);
		int[] unique = new int[count];
		float[] values = new float[count];
		int size = 0;
		for (int i = 0; i < count; ) {
			int j = i;
			while (j < count && found[j] == found[i]) {
				j++;
			}
			unique[size] = found[i];
			values[size++] = (float) (1 + Math.log(j - i)) * idf[found[i]];
			i = j;
		}
		int split = 0;
		while (split < size && unique[split] < wordColumns) {
			split++;
		}
		normalise(values, 0, split);
		normalise(values, split, size);
		return new SparseVector(Arrays.copyOf(unique, size), Arrays.copyOf(values, size));
	}

	long memoryBytes() {
		return columns.memoryBytes() + idf.length * (long) Float.BYTES;
	}

	private static void normalise(float[] values, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[i] * values[i];
		}
		if (sum == 0) {
			return;
		}
		float scale = (float) (BLOCK_WEIGHT / Math.sqrt(sum));
		for (int i = from; i < to; i++) {
			values[i] *= scale;
		}
	}
}
