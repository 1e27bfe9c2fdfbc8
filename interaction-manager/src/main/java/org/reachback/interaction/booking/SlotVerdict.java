package org.reachback.interaction.booking;

import java.time.Instant;

/**
 * Whether a callback fits in a slot, and against whose time. The queue's slot is the limit: every
 * booking counts against it, including those against an agent's own time, which is part of the
 * queue's. A preferred agent's own time is used when it has room; otherwise the callback is booked
 * with the queue's team, since the customer may have chosen a team slot on purpose, and the reason
 * says so. The counts given exclude the callback's own booking, so moving within a slot never counts
 * it twice.
 *
 * @param book whether to book
 * @param agentId the agent whose own time it is booked against, or null for the team
 * @param reason why, in words
 */
record SlotVerdict(boolean book, String agentId, String reason) {

	static SlotVerdict decide(String queue, Counted queueSlot, AgentAsk agent) {
		String slot = queue + " slot " + period(queueSlot.slot().slotStart(), queueSlot.slot().slotEnd());
		String queueCount = queueSlot.booked() + " of " + queueSlot.slot().capacity() + " places were taken";
		if (queueSlot.booked() >= queueSlot.slot().capacity()) {
			return new SlotVerdict(false, null, "The " + slot + " is full: " + queueCount);
		}
		if (agent == null) {
			return new SlotVerdict(true, null, "Booked into the " + slot + ": " + queueCount);
		}
		if (agent.name() == null) {
			return team(slot, queueCount, "Nobody called '" + agent.id() + "' works here");
		}
		if (agent.slot() == null) {
			return team(slot, queueCount, agent.name() + " is not rostered for " + queue + " then");
		}
		String agentCount = agent.booked() + " of " + agent.slot().capacity() + " of " + agent.name()
				+ "'s places were taken";
		if (agent.booked() >= agent.slot().capacity()) {
			return team(slot, queueCount, agent.name() + " has no free time then (" + agentCount + ")");
		}
		return new SlotVerdict(true, agent.id(),
				"Booked with " + agent.name() + "'s own time (" + agentCount + ") in the " + slot + ": " + queueCount);
	}

	private static SlotVerdict team(String slot, String queueCount, String whyNotTheAgent) {
		return new SlotVerdict(true, null, whyNotTheAgent + "; booked with the team into the " + slot + ": " + queueCount
				+ ". The agent asked for is still offered it first at the due time if free");
	}

	static String period(Instant start, Instant end) {
		return start + "–" + end;
	}

	/** A locked slot and the bookings in it other than the callback's own. */
	record Counted(SlotRepository.Capacity slot, int booked) {
	}

	/**
	 * The agent the customer asked for.
	 * @param name null when no such agent is known
	 * @param slot their own slot, locked; null when they are not rostered then
	 */
	record AgentAsk(String id, String name, SlotRepository.Capacity slot, int booked) {
	}

}
