package org.reachback.callback.booking;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.DomainEvent;
import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * interaction-manager's answers to a slot asked for. A first booking becomes {@code SCHEDULED} at
 * the booked slot's start ({@code CallbackScheduled}) or {@code REJECTED} ({@code CallbackRejected});
 * a move changes the due time ({@code CallbackScheduled} again) or is refused
 * ({@code CallbackRescheduleRefused}) with the earlier booking kept. An answer nothing waits for is
 * recorded in the history and otherwise ignored.
 */
@Service
public class SlotService {

	private static final Logger log = LoggerFactory.getLogger(SlotService.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackRepository callbacks;

	private final CallbackTransitions transitions;

	private final Clock clock;

	SlotService(Inbox inbox, Outbox outbox, CallbackRepository callbacks, CallbackTransitions transitions,
			Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.callbacks = callbacks;
		this.transitions = transitions;
		this.clock = clock;
	}

	@Transactional
	public void on(SlotBooked event) {
		Optional<Callback> found = firstDeliveryFor(event, event.callbackId());
		if (found.isEmpty()) {
			return;
		}
		Callback callback = found.get();
		String booked = "slot " + event.slotStart() + " to " + event.slotEnd() + " booked"
				+ (event.agentId() == null ? "" : " with agent " + event.agentId()) + ": " + event.reason();
		boolean moving = callback.status() == CallbackStatus.SCHEDULED && callback.pendingSlot() != null;
		if (callback.status() == CallbackStatus.REQUESTED || moving) {
			String reason = moving ? "moved from " + callback.dueAt() + "; " + booked : booked;
			transitions.move(callback, CallbackStatus.SCHEDULED, reason,
					scheduled -> scheduled.scheduledAt(event.slotStart(), scheduled.phone()))
				.ifPresent(scheduled -> outbox.publish(Topics.CALLBACK, scheduled.toScheduled()));
		}
		else if (callback.pendingSlot() != null && !callback.status().isTerminal()) {
			refuseMove(callback, booked + ", but the callback became " + callback.status()
					+ " meanwhile and stays at " + callback.dueAt(), "not-movable");
		}
		else {
			transitions.refuse(callback, CallbackStatus.SCHEDULED,
					booked + "; ignored: this " + callback.status() + " callback waits for no slot");
		}
	}

	@Transactional
	public void on(SlotRefused event) {
		Optional<Callback> found = firstDeliveryFor(event, event.callbackId());
		if (found.isEmpty()) {
			return;
		}
		Callback callback = found.get();
		String refused = "slot " + event.slotStart() + " refused (" + event.problem() + "): " + event.reason();
		if (callback.status() == CallbackStatus.REQUESTED) {
			String problem = SlotProblems.inWords(event.problem(), event.slotStart());
			String code = SlotProblems.rejectionCode(event.problem());
			transitions.move(callback, CallbackStatus.REJECTED, refused, rejected -> rejected.withProblem(problem))
				.ifPresent(rejected -> outbox.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(),
						rejected.updatedAt(), rejected.id(), rejected.chatId(), problem, code)));
		}
		else if (callback.pendingSlot() != null && !callback.status().isTerminal()) {
			refuseMove(callback, "move " + refused + "; stays at " + callback.dueAt(), event.problem());
		}
		else {
			transitions.refuse(callback, CallbackStatus.REJECTED,
					refused + "; ignored: this " + callback.status() + " callback waits for no slot");
		}
	}

	private void refuseMove(Callback callback, String reason, String problem) {
		transitions.refuse(callback, CallbackStatus.SCHEDULED, reason);
		transitions.update(callback, unchanged -> unchanged.withPendingSlot(null));
		outbox.publish(Topics.CALLBACK, new CallbackRescheduleRefused(UUID.randomUUID(), clock.instant(),
				callback.id(), callback.chatId(), callback.pendingSlot(), callback.dueAt(), problem));
	}

	/** The callback the event is for, locked; empty for a repeated event or an unknown callback. */
	private Optional<Callback> firstDeliveryFor(DomainEvent event, UUID callbackId) {
		if (!inbox.firstDelivery(BookingService.CONSUMER, event)) {
			return Optional.empty();
		}
		Optional<Callback> callback = callbacks.lock(callbackId);
		if (callback.isEmpty()) {
			log.warn("Ignoring {} {} for unknown callback {}", event.getClass().getSimpleName(), event.eventId(),
					callbackId);
		}
		return callback;
	}

}
