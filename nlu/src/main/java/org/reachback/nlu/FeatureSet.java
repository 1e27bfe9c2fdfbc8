package org.reachback.nlu;

/** Which features a classifier learns from. */
public enum FeatureSet {

	/** Word 1-2-grams and character 3-5-grams only: no native code, about 20 times faster per message. */
	NGRAMS,

	/**
	 * The n-grams plus an all-MiniLM-L6-v2 sentence embedding of equal weight: more accurate on
	 * paraphrases and out-of-scope messages, about a millisecond per message.
	 */
	NGRAMS_AND_EMBEDDINGS
}
