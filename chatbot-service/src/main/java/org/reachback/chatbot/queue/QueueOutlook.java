package org.reachback.chatbot.queue;

import java.time.Instant;
import java.util.List;

/**
 * What a queue can offer a customer now.
 *
 * @param estimatedWaitSeconds the queue's estimated wait; {@code null} when unknown (no agent staffed,
 * no status yet, or the view is not there)
 * @param slots the next free callback slot starts, earliest first
 */
public record QueueOutlook(Integer estimatedWaitSeconds, List<Instant> slots) {

	public QueueOutlook {
		slots = List.copyOf(slots);
	}

	public static QueueOutlook unknown() {
		return new QueueOutlook(null, List.of());
	}

	public boolean hasSlots() {
		return !slots.isEmpty();
	}

}
