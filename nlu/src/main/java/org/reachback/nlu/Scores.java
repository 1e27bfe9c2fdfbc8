package org.reachback.nlu;

/**
 * What the model says about one message before any setting applies: raw scores per class, and the
 * similarity of the message to the nearest training example of the best in-scope class (1 without
 * sentence embeddings). Settings change neither: the temperature keeps the ranking, so the best
 * class, and with it the similarity, stays the same.
 */
record Scores(double[] logits, double similarity) {
}
