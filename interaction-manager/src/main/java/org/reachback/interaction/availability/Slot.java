package org.reachback.interaction.availability;

import java.time.Instant;

/** A bookable period; {@code end} is exclusive. */
record Slot(Instant start, Instant end) {
}
