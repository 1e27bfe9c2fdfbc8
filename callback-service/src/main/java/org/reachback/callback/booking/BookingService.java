package org.reachback.callback.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.ValidationException;

import org.reachback.callback.Brands;
import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackArrivals;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.CallingWindowRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books callback requests. The callback id is the key: a request delivered twice is skipped by the
 * inbox, and the same request sent again as a new event finds its callback already recorded, so
 * either way there is one callback and one {@link CallbackScheduled}, {@link CallbackSlotRequested}
 * or {@link CallbackRejected}. A chosen slot stays {@code REQUESTED} until interaction-manager
 * answers ({@link SlotService}): only then is the customer told it is booked. A request whose
 * cancellation overtook it ({@link CallbackArrivals}) is recorded and cancelled at once, never booked;
 * one whose erasure overtook it is not recorded at all.
 */
@Service
public class BookingService {

	static final String CONSUMER = "callback-booking";

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackTransitions transitions;

	private final CallbackArrivals arrivals;

	private final BookingPolicy policy;

	private final Clock clock;

	BookingService(Inbox inbox, Outbox outbox, CallbackTransitions transitions, CallbackArrivals arrivals,
			CallbackSettings settings, CallingWindowRules windows, Brands brands, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.transitions = transitions;
		this.arrivals = arrivals;
		this.policy = new BookingPolicy(settings.slotGrace(), windows, brands);
		this.clock = clock;
	}

	/** @throws ValidationException (dead-lettered, not retried) when the request names no callback */
	@Transactional
	public void book(CallbackRequested request) {
		if (request.callbackId() == null || request.chatId() == null) {
			throw new ValidationException("CallbackRequested " + request.eventId() + " names no callback or chat");
		}
		if (!inbox.firstDelivery(CONSUMER, request)) {
			return;
		}
		CallbackArrivals.Arrival arrival = arrivals.requestArrived(request.callbackId());
		if (arrival == CallbackArrivals.Arrival.AFTER_ERASURE) {
			log.info("Callback {} was erased before its request {} arrived; it is not recorded", request.callbackId(),
					request.eventId());
			return;
		}
		Instant now = clock.instant();
		BookingPolicy.Decision decision = policy.decide(request, now);
		Callback requested = Callback.requested(request.callbackId(), request.chatId(), request.asSoonAsPossible(),
				request.preferredAgent(), request.context(), now);
		if (decision instanceof BookingPolicy.SlotWanted wanted) {
			requested = requested.awaitingSlot(wanted.slot(), wanted.phone());
		}
		String when = request.asSoonAsPossible() ? "as soon as possible" : "for " + request.slot();
		if (!transitions.open(requested, "requested in chat " + request.chatId() + " " + when)) {
			log.info("Callback {} was requested again by event {}; the first request stands", request.callbackId(),
					request.eventId());
			return;
		}
		if (arrival == CallbackArrivals.Arrival.AFTER_CANCELLATION) {
			cancelOnArrival(requested);
		}
		else if (decision instanceof BookingPolicy.Scheduled scheduled) {
			transitions.move(requested, CallbackStatus.SCHEDULED, scheduled.reason(),
					callback -> callback.scheduledAt(scheduled.dueAt(), scheduled.phone()))
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK, callback.toScheduled()));
		}
		else if (decision instanceof BookingPolicy.SlotWanted wanted) {
			outbox.publish(Topics.CALLBACK, slotRequested(requested, wanted.slot(), false, now));
		}
		else if (decision instanceof BookingPolicy.Refused refused) {
			transitions.move(requested, CallbackStatus.REJECTED, refused.problem(),
					callback -> callback.withProblem(refused.problem()))
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(),
						callback.updatedAt(), callback.id(), callback.chatId(), refused.problem(), refused.code())));
		}
	}

	/** The customer cancelled before the request arrived: it is cancelled, never booked. */
	private void cancelOnArrival(Callback requested) {
		String reason = CallbackArrivals.CANCELLED_BY_CUSTOMER + " before the request arrived";
		transitions.move(requested, CallbackStatus.CANCELLED, reason, callback -> callback)
			.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(),
					callback.updatedAt(), callback.id(), callback.chatId(), CallbackArrivals.CANCELLED_BY_CUSTOMER)));
	}

	/** The request to book {@code slot} for the callback, against the capacity of its brand's queue. */
	static CallbackSlotRequested slotRequested(Callback callback, Instant slot, boolean reschedule, Instant now) {
		String brand = callback.context() == null ? null : callback.context().brand();
		return new CallbackSlotRequested(UUID.randomUUID(), now, callback.id(), callback.chatId(),
				brand, callback.queue(), slot, callback.preferredAgent(), reschedule);
	}

}
