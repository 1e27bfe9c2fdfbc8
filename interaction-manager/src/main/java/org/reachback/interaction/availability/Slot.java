package org.reachback.interaction.availability;

import java.time.Duration;
import java.time.Instant;

/** A bookable period; {@code end} is exclusive. */
public record Slot(Instant start, Instant end) {

	public Duration length() {
		return Duration.between(start, end);
	}

}
