package org.reachback.interaction.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;

/**
 * An agent whose rostered time capacity is made of.
 *
 * @param skills the configured queues the agent has the skill of, among which their time is split evenly
 * @param working when they are rostered
 */
record StaffedAgent(String agentId, Set<String> skills, RangeSet<Instant> working) {

	StaffedAgent {
		skills = Set.copyOf(skills);
	}

	/** n in the capacity formula. */
	int queues() {
		return skills.size();
	}

	/** How much of the slot the agent is rostered for, in seconds. */
	long rosteredSeconds(Slot slot) {
		return working.subRangeSet(Range.closedOpen(slot.start(), slot.end()))
			.asRanges()
			.stream()
			.mapToLong(range -> Duration.between(range.lowerEndpoint(), range.upperEndpoint()).toSeconds())
			.sum();
	}

}
