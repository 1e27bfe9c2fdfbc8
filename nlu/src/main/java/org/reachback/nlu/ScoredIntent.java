package org.reachback.nlu;

/** An in-scope intent with its calibrated probability in [0, 1]. */
public record ScoredIntent(String intent, double confidence) {
}
