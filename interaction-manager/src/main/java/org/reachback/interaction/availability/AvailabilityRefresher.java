package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regenerates each queue's slots for its horizon with their capacity, and each rostered agent's own
 * capacity in them, from the rosters (see {@link SlotCapacity}). Bookings are counted live by the
 * availability views, so a booking shows at once without a refresh.
 */
@Service
public class AvailabilityRefresher {

	private final CapacityPlanner planner;

	private final AvailabilityRepository slots;

	private final Clock clock;

	AvailabilityRefresher(CapacityPlanner planner, AvailabilityRepository slots, Clock clock) {
		this.planner = planner;
		this.slots = slots;
		this.clock = clock;
	}

	@Transactional
	public void refresh() {
		slots.lockForRegeneration();
		Map<String, List<SlotCapacity>> plan = planner.plan(Clock.fixed(clock.instant(), ZoneOffset.UTC));
		slots.replaceQueueSlots(plan);
		slots.replaceAgentSlots(plan);
	}

}
