package org.reachback.events;

import java.util.List;

/**
 * What intent analysis made of one customer message.
 *
 * @param name the best intent, or {@code oos} when the message is out of scope
 * @param confidence calibrated confidence of {@code name}, between 0 and 1
 * @param outOfScope no configured intent fits the message
 * @param ambiguous the two best intents were too close to choose between
 * @param candidates the best intents, best first
 */
public record IntentMatch(String name, double confidence, boolean outOfScope, boolean ambiguous,
		List<Candidate> candidates) {

	public static final String OUT_OF_SCOPE = "oos";

	public record Candidate(String name, double confidence) {
	}

}
