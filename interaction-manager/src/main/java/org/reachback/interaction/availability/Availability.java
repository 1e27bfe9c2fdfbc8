package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * What an administrator reads about a queue's slots. An explanation is worked out again from the
 * rosters as they are now, so it matches the stored capacity unless a roster changed in the moment
 * before the next regeneration.
 */
@Service
public class Availability {

	private final AvailabilityRepository slots;

	private final CapacityPlanner planner;

	private final Clock clock;

	Availability(AvailabilityRepository slots, CapacityPlanner planner, Clock clock) {
		this.slots = slots;
		this.planner = planner;
		this.clock = clock;
	}

	/** The queue's offered slots starting within {@code ahead} from now, with their capacity and bookings. */
	public List<SlotFigures> of(String queue, Duration ahead, boolean explain) {
		Instant now = clock.instant();
		List<SlotFigures> figures = slots.figures(queue, now.plus(ahead));
		if (!explain) {
			return figures;
		}
		Map<Instant, SlotCapacity> explanations = planner.plan(queue, Clock.fixed(now, ZoneOffset.UTC))
			.stream()
			.collect(Collectors.toMap(capacity -> capacity.slot().start(), Function.identity()));
		return figures.stream().map(slot -> slot.explainedBy(explanations.get(slot.start()))).toList();
	}

}
