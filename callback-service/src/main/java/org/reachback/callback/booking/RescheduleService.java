package org.reachback.callback.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.callback.Brands;
import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.CallingWindowRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a scheduled callback, on the customer's request, by asking interaction-manager for the new
 * slot ({@code CallbackSlotRequested} with {@code reschedule}); the callback keeps its booking
 * until {@link SlotService} has the answer, so the customer never ends up with none. A callback
 * that cannot move, or a slot that cannot be asked for, is refused at once
 * ({@code CallbackRescheduleRefused}) with the booking unchanged.
 */
@Service
public class RescheduleService {

	private static final Logger log = LoggerFactory.getLogger(RescheduleService.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackRepository callbacks;

	private final CallbackTransitions transitions;

	private final BookingPolicy policy;

	private final Clock clock;

	RescheduleService(Inbox inbox, Outbox outbox, CallbackRepository callbacks, CallbackTransitions transitions,
			CallbackSettings settings, CallingWindowRules windows, Brands brands, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.callbacks = callbacks;
		this.transitions = transitions;
		this.policy = new BookingPolicy(settings.slotGrace(), windows, brands);
		this.clock = clock;
	}

	@Transactional
	public void on(CallbackRescheduleRequested event) {
		if (!inbox.firstDelivery(BookingService.CONSUMER, event)) {
			return;
		}
		Instant now = clock.instant();
		Optional<Callback> found = callbacks.lock(event.callbackId());
		if (found.isEmpty() || !found.get().chatId().equals(event.chatId())) {
			log.warn("Refusing to move callback {}: chat {} has no such callback", event.callbackId(), event.chatId());
			outbox.publish(Topics.CALLBACK, new CallbackRescheduleRefused(UUID.randomUUID(), now, event.callbackId(),
					event.chatId(), event.slot(), null, "not-movable"));
			return;
		}
		Callback callback = found.get();
		BookingPolicy.Decision decision = policy.decideMove(callback, event.slot(), now);
		if (decision instanceof BookingPolicy.Refused refused) {
			transitions.refuse(callback, CallbackStatus.SCHEDULED, "move to " + event.slot() + " asked for by the"
					+ " customer, refused (" + refused.code() + "): " + refused.problem());
			outbox.publish(Topics.CALLBACK, new CallbackRescheduleRefused(UUID.randomUUID(), now, callback.id(),
					callback.chatId(), event.slot(), callback.dueAt(), refused.code()));
		}
		else if (decision instanceof BookingPolicy.SlotWanted wanted) {
			Callback moving = transitions.update(callback, unchanged -> unchanged.withPendingSlot(wanted.slot()));
			outbox.publish(Topics.CALLBACK, BookingService.slotRequested(moving, wanted.slot(), true, now));
		}
	}

}
