package org.reachback.nlu;

import java.util.Objects;

/**
 * One labelled message. The intent {@value #OUT_OF_SCOPE} marks an example that belongs to no
 * supported intent; the classifier learns it as a class of its own.
 */
public record Utterance(String text, String intent) {

	/** The label of out-of-scope examples and of out-of-scope predictions. */
	public static final String OUT_OF_SCOPE = "oos";

	public Utterance {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(intent, "intent");
	}

	/** Whether this example is labelled out-of-scope. */
	public boolean isOutOfScope() {
		return OUT_OF_SCOPE.equals(intent);
	}
}
