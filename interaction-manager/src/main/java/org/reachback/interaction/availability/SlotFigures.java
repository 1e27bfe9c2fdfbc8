package org.reachback.interaction.availability;

import java.time.Instant;

/**
 * A slot as an administrator sees it: its capacity and the callbacks booked into it.
 *
 * @param explanation how the capacity was worked out, when asked for; null otherwise
 */
public record SlotFigures(Instant start, Instant end, int capacity, int booked, SlotCapacity explanation) {

	SlotFigures explainedBy(SlotCapacity capacity) {
		return new SlotFigures(start, end, this.capacity, booked, capacity);
	}

}
