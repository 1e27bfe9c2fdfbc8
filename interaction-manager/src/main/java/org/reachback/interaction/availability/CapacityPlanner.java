package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.AgentShifts;
import org.reachback.interaction.agent.ShiftRepository;
import org.reachback.interaction.queue.QueueProperties;
import org.reachback.interaction.queue.QueueSettings;
import org.springframework.stereotype.Component;

/**
 * Plans each configured queue's offered slots with their capacity, from the agents' rosters and
 * skills as they are now (see {@link SlotCapacity}); whether an agent is logged in plays no part.
 * Agents without a roster, or without a configured queue among their skills, count for nothing.
 */
@Component
class CapacityPlanner {

	private final QueueProperties queues;

	private final AgentRepository agents;

	private final ShiftRepository shifts;

	CapacityPlanner(QueueProperties queues, AgentRepository agents, ShiftRepository shifts) {
		this.queues = queues;
		this.agents = agents;
		this.shifts = shifts;
	}

	/** Every configured queue's slots, as of the clock's instant. */
	Map<String, List<SlotCapacity>> plan(Clock clock) {
		return plan(queues.names(), clock);
	}

	List<SlotCapacity> plan(String queue, Clock clock) {
		return plan(Set.of(queue), clock).get(queue);
	}

	private Map<String, List<SlotCapacity>> plan(Set<String> planned, Clock clock) {
		SlotPlanner planner = new SlotPlanner(clock);
		Map<String, List<Slot>> slots = new LinkedHashMap<>();
		planned.forEach(queue -> slots.put(queue, planner.offered(queues.settings(queue))));
		List<StaffedAgent> staffed = staffed(clock.instant(), slots.values()
			.stream()
			.flatMap(List::stream)
			.map(Slot::end)
			.max(Instant::compareTo)
			.orElse(clock.instant()));
		Map<String, List<SlotCapacity>> plan = new LinkedHashMap<>();
		slots.forEach((queue, queueSlots) -> {
			QueueSettings settings = queues.settings(queue);
			List<StaffedAgent> skilled = staffed.stream().filter(agent -> agent.skills().contains(queue)).toList();
			plan.put(queue, queueSlots.stream().map(slot -> SlotCapacity.of(slot, settings, skilled)).toList());
		});
		return plan;
	}

	private List<StaffedAgent> staffed(Instant from, Instant until) {
		Map<String, AgentShifts> rosters = shifts.findAll()
			.stream()
			.collect(Collectors.toMap(AgentShifts::agentId, Function.identity()));
		return agents.findAll()
			.stream()
			.filter(agent -> rosters.containsKey(agent.id()))
			.map(agent -> new StaffedAgent(agent.id(),
					agent.skills().stream().filter(queues.names()::contains).collect(Collectors.toSet()),
					rosters.get(agent.id()).workingTime(from, until)))
			.filter(agent -> !agent.skills().isEmpty())
			.toList();
	}

}
