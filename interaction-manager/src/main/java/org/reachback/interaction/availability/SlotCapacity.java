package org.reachback.interaction.availability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import org.reachback.interaction.queue.QueueSettings;

/**
 * How many callbacks fit in one slot of a queue, and why. Each agent rostered during the slot with
 * the queue's skill contributes {@code overlap(roster, slot) × max-callback-share / n}, where
 * {@code n} is how many configured queues the agent has the skill of, so a multi-skilled agent's
 * time is counted once across their queues, split evenly; capacity is
 * {@code floor(Σ contributions / average-handle-time)}. An agent's own capacity in the queue, for
 * callbacks booked against them by name, is {@code floor(overlap × max-callback-share / AHT)}.
 * Computed exactly (no floating point), so a sum of thirds that makes a whole counts as one.
 *
 * @param agents the agents counted: rostered during the slot with the skill
 * @param contributedSeconds the sum of the agents' contributions, rounded to hundredths for reading
 */
public record SlotCapacity(Slot slot, long averageHandleTimeSeconds, BigDecimal maxCallbackShare,
		List<AgentContribution> agents, BigDecimal contributedSeconds, int capacity) {

	public SlotCapacity {
		agents = List.copyOf(agents);
	}

	static SlotCapacity of(Slot slot, QueueSettings settings, List<StaffedAgent> skilled) {
		BigDecimal share = BigDecimal.valueOf(settings.maxCallbackShare());
		long handleTime = settings.averageHandleTime().toSeconds();
		List<AgentContribution> counted = skilled.stream()
			.map(agent -> AgentContribution.of(agent, agent.rosteredSeconds(slot), share, handleTime))
			.filter(contribution -> contribution.rosteredSeconds() > 0)
			.toList();
		// Σ overlap × share / n = share × Σ (overlap × L / n) / L, with L a common multiple of every n
		long common = counted.stream().mapToLong(AgentContribution::queues).reduce(1, SlotCapacity::lcm);
		BigDecimal scaledSum = BigDecimal.valueOf(counted.stream()
			.mapToLong(contribution -> contribution.rosteredSeconds() * (common / contribution.queues()))
			.sum()).multiply(share);
		int capacity = scaledSum.divide(BigDecimal.valueOf(common * handleTime), 0, RoundingMode.FLOOR).intValueExact();
		return new SlotCapacity(slot, handleTime, share, counted,
				scaledSum.divide(BigDecimal.valueOf(common), 2, RoundingMode.HALF_UP), capacity);
	}

	/** The formula with this slot's figures, for an administrator. */
	public String formula() {
		return "floor(" + contributedSeconds.toPlainString() + " s / " + averageHandleTimeSeconds + " s) = " + capacity;
	}

	private static long lcm(long a, long b) {
		return a / BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact() * b;
	}

	/**
	 * One agent's part in a slot's capacity.
	 *
	 * @param rosteredSeconds how much of the slot the agent is rostered for
	 * @param queues the agent's configured queues, among which that time is split
	 * @param contributedSeconds {@code rosteredSeconds × max-callback-share / queues}, rounded to hundredths
	 * @param capacity the agent's own capacity in this queue and slot
	 */
	public record AgentContribution(String agentId, long rosteredSeconds, int queues, BigDecimal contributedSeconds,
			int capacity) {

		static AgentContribution of(StaffedAgent agent, long rosteredSeconds, BigDecimal share, long handleTime) {
			BigDecimal shared = BigDecimal.valueOf(rosteredSeconds).multiply(share);
			return new AgentContribution(agent.agentId(), rosteredSeconds, agent.queues(),
					shared.divide(BigDecimal.valueOf(agent.queues()), 2, RoundingMode.HALF_UP),
					shared.divide(BigDecimal.valueOf(handleTime), 0, RoundingMode.FLOOR).intValueExact());
		}

	}

}
