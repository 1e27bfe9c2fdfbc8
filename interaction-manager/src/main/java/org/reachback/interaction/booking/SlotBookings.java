package org.reachback.interaction.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.availability.BookingRepository;
import org.reachback.interaction.decision.Decision;
import org.reachback.interaction.decision.Decisions;
import org.reachback.interaction.queue.Brands;
import org.reachback.interaction.queue.QueueProperties;
import org.reachback.platform.messaging.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ValidationException;

/**
 * Books a requested slot atomically against capacity. Under the lock of the queue's slot row (and
 * then the preferred agent's), the slot's other bookings are counted and the callback is booked only
 * if it fits, so concurrent requests for the last place serialise and the bookings in a slot never
 * exceed its capacity. The callback's booking row is inserted or moved only on success: a refused
 * reschedule keeps the old booking. The answer, {@link SlotBooked} or {@link SlotRefused} with the
 * nearest free slots, goes out through the outbox with the decision recorded beside it.
 */
@Service
public class SlotBookings {

	static final int NEAREST_FREE = 5;

	private final SlotRepository slots;

	private final BookingRepository bookings;

	private final AgentRepository agents;

	private final QueueProperties queues;

	private final Brands brands;

	private final Decisions decisions;

	private final Outbox outbox;

	private final Clock clock;

	SlotBookings(SlotRepository slots, BookingRepository bookings, AgentRepository agents, QueueProperties queues,
			Brands brands, Decisions decisions, Outbox outbox, Clock clock) {
		this.slots = slots;
		this.bookings = bookings;
		this.agents = agents;
		this.queues = queues;
		this.brands = brands;
		this.decisions = decisions;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @throws ValidationException if the request names no callback or slot; it is never retried */
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CallbackSlotRequested request) {
		if (request.callbackId() == null || request.slot() == null) {
			throw new ValidationException("CallbackSlotRequested " + request.eventId() + " names no callback or slot");
		}
		String queue = request.queue();
		if (queue == null || !queues.names().contains(queue)) {
			refuse(request, request.slot(), "unknown-queue", List.of(), "No queue '" + queue + "' is configured");
			return;
		}
		if (brands.names().contains(request.brand()) && !brands.serves(request.brand(), queue)) {
			refuse(request, request.slot(), "unknown-queue", List.of(), "Brand " + request.brand() + " has no queue '"
					+ queue + "'; its queues are " + brands.queues(request.brand()));
			return;
		}
		slots.awaitSlotsSettled();
		Optional<SlotRepository.Capacity> slot = slots.lockQueueSlot(queue, request.slot());
		if (slot.isEmpty()) {
			refuse(request, request.slot(), "outside-hours", nearestFree(request, request.slot()),
					queue + " has no bookable slot at " + request.slot()
							+ ": outside its hours, closed that day, or beyond its horizon");
			return;
		}
		Optional<BookingRepository.Booking> current = bookings.lock(request.callbackId());
		SlotRepository.Capacity queueSlot = slot.get();
		SlotVerdict verdict = SlotVerdict.decide(queue,
				new SlotVerdict.Counted(queueSlot, bookings.countOthers(queue, queueSlot.slotStart(),
						queueSlot.slotEnd(), request.callbackId())),
				agentAsk(request, queue));
		String reason = current.map(booking -> (verdict.book() ? "Moved from " : "Kept at ") + booking.dueAt() + ". ")
			.orElse("") + verdict.reason();
		if (!verdict.book()) {
			refuse(request, queueSlot.slotStart(), "slot-full", nearestFree(request, queueSlot.slotStart()), reason);
			return;
		}
		bookings.book(request.callbackId(), queue, request.slot(), verdict.agentId());
		Instant now = clock.instant();
		decisions.record(new Decision(now, Decision.Kind.SLOT_BOOKED, request.callbackId(), queue,
				verdict.agentId(), reason));
		outbox.publish(Topics.ASSIGNMENT, new SlotBooked(UUID.randomUUID(), now, request.callbackId(), queue,
				queueSlot.slotStart(), queueSlot.slotEnd(), verdict.agentId(), reason));
	}

	private SlotVerdict.AgentAsk agentAsk(CallbackSlotRequested request, String queue) {
		String agentId = blankToNull(request.preferredAgent());
		if (agentId == null) {
			return null;
		}
		Optional<Agent> agent = agents.find(agentId);
		if (agent.isEmpty()) {
			return new SlotVerdict.AgentAsk(agentId, null, null, 0);
		}
		return slots.lockAgentSlot(agentId, queue, request.slot())
			.map(own -> new SlotVerdict.AgentAsk(agentId, agent.get().name(), own, bookings.countOthersOfAgent(agentId,
					queue, own.slotStart(), own.slotEnd(), request.callbackId())))
			.orElseGet(() -> new SlotVerdict.AgentAsk(agentId, agent.get().name(), null, 0));
	}

	/** The preferred agent's free slots first, then the team's, nearest first, at most {@link #NEAREST_FREE}. */
	private List<Instant> nearestFree(CallbackSlotRequested request, Instant near) {
		Instant now = clock.instant();
		Set<Instant> free = new LinkedHashSet<>();
		String agentId = blankToNull(request.preferredAgent());
		if (agentId != null) {
			free.addAll(slots.nearestFreeOfAgent(agentId, request.queue(), near, now, request.callbackId(),
					NEAREST_FREE));
		}
		free.addAll(slots.nearestFree(request.queue(), near, now, request.callbackId(), NEAREST_FREE));
		return free.stream().limit(NEAREST_FREE).toList();
	}

	private void refuse(CallbackSlotRequested request, Instant slotStart, String problem, List<Instant> nearest,
			String reason) {
		Instant now = clock.instant();
		String withAlternatives = reason + (nearest.isEmpty() ? "; no free slot to offer instead"
				: "; nearest free: " + nearest);
		decisions.record(new Decision(now, Decision.Kind.SLOT_REFUSED, request.callbackId(), request.queue(), null,
				problem + ": " + withAlternatives));
		outbox.publish(Topics.ASSIGNMENT, new SlotRefused(UUID.randomUUID(), now, request.callbackId(), request.queue(),
				slotStart, problem, nearest, withAlternatives));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
