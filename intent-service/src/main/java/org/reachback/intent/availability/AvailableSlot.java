package org.reachback.intent.availability;

import java.time.Instant;

/**
 * A slot with room for one more callback.
 *
 * @param agent the agent whose own time it is, when asked for one agent's slots, else {@code null}
 * @param agentName that agent's name, if known
 */
public record AvailableSlot(Instant start, Instant end, String agent, String agentName) {
}
