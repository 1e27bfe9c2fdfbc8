/**
 * Intent classification with out-of-scope detection: one softmax model over word and character
 * n-grams plus an in-process sentence embedding, trained from labelled
 * {@link org.reachback.nlu.Utterance}s and queried through
 * {@link org.reachback.nlu.IntentClassifier}. Plain Java, no framework; method and figures in
 * docs/intent-analysis.md.
 */
package org.reachback.nlu;
