package org.reachback.callback.tracking;

import java.time.Duration;

/**
 * How long agent and customer were connected, in words for a callback's history ("after 1m 12s"),
 * as session-service reports it on {@code SessionCompleted}. The history is where an administrator
 * reads a callback's story, so the duration is kept there rather than in a column of its own.
 */
final class SessionDuration {

	private SessionDuration() {
	}

	/** @return {@code " after 1h 2m 3s"}, or nothing when the duration is unknown (older producers) */
	static String after(Long durationMillis) {
		if (durationMillis == null || durationMillis < 0) {
			return "";
		}
		Duration duration = Duration.ofMillis(durationMillis);
		StringBuilder words = new StringBuilder();
		if (duration.toHours() > 0) {
			words.append(' ').append(duration.toHours()).append('h');
		}
		if (duration.toMinutesPart() > 0) {
			words.append(' ').append(duration.toMinutesPart()).append('m');
		}
		if (duration.toSecondsPart() > 0 || words.isEmpty()) {
			words.append(' ').append(duration.toSecondsPart()).append('s');
		}
		return " after" + words;
	}

}
