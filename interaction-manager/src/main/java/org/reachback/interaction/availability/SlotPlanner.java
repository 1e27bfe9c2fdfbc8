package org.reachback.interaction.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.reachback.interaction.queue.BusinessHours;
import org.reachback.interaction.queue.QueueSettings;

/**
 * Cuts a queue's business hours into bookable slots. Slots start at opening time and follow each
 * other; a slot that would run past closing time is not offered, and neither is one that starts
 * sooner than the minimum lead time from now, or after the horizon.
 */
final class SlotPlanner {

	private final Clock clock;

	SlotPlanner(Clock clock) {
		this.clock = clock;
	}

	/** The slots the queue offers now: starting in {@code [now + minimum-lead-time, now + horizon)}. */
	List<Slot> offered(QueueSettings settings) {
		Instant now = clock.instant();
		return slots(settings.businessHours(), settings.slotLength(), now.plus(settings.minimumLeadTime()),
				now.plus(settings.horizon()));
	}

	/** Slots that start in {@code [from, until)}. */
	static List<Slot> slots(BusinessHours hours, Duration slotLength, Instant from, Instant until) {
		List<Slot> slots = new ArrayList<>();
		LocalDate day = from.atZone(hours.timeZone()).toLocalDate();
		LocalDate lastDay = until.atZone(hours.timeZone()).toLocalDate();
		for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
			hours.openOn(day).ifPresent(period -> {
				Instant closes = period.closes().toInstant();
				for (Instant start = period.opens().toInstant(); !start.plus(slotLength).isAfter(closes)
						&& start.isBefore(until); start = start.plus(slotLength)) {
					if (!start.isBefore(from)) {
						slots.add(new Slot(start, start.plus(slotLength)));
					}
				}
			});
		}
		return slots;
	}

}
