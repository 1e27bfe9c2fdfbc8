package org.reachback.interaction.callback;

import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.interaction.availability.BookingRepository;
import org.reachback.interaction.booking.SlotBookings;
import org.reachback.interaction.dispatch.VirtualQueue;
import org.reachback.interaction.privacy.ErasedCallbacks;
import org.reachback.platform.messaging.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one callback event, once. A callback books its slot when it asks for one
 * ({@code CallbackSlotRequested}, booked against capacity or refused) and holds it until it is
 * cancelled, rejected or expires; a move asks again and keeps the old booking unless the new one is
 * booked; rescheduling to "as soon as possible" gives it up. {@code CallbackScheduled} books nothing:
 * it follows a booking already made. An attempt that ended and will be retried leaves the virtual
 * queue like a failed one, and its next {@code CallbackDue} joins the back of the queue. A request
 * for a slot or a due callback that arrives after its customer's data was erased is dropped.
 */
@Service
public class CallbackLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CallbackLifecycle.class);

	static final String CONSUMER = "callback-lifecycle";

	private final Inbox inbox;

	private final VirtualQueue virtualQueue;

	private final BookingRepository bookings;

	private final SlotBookings slotBookings;

	private final ErasedCallbacks erased;

	CallbackLifecycle(Inbox inbox, VirtualQueue virtualQueue, BookingRepository bookings, SlotBookings slotBookings,
			ErasedCallbacks erased) {
		this.inbox = inbox;
		this.erased = erased;
		this.virtualQueue = virtualQueue;
		this.bookings = bookings;
		this.slotBookings = slotBookings;
	}

	@Transactional
	public void on(CallbackEvent event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		boolean writesTheCustomer = event instanceof CallbackSlotRequested || event instanceof CallbackDue;
		if (writesTheCustomer && erased.lockAndCheck(event.callbackId())) {
			log.info("Callback {} is erased; its {} is dropped", event.callbackId(), event.getClass().getSimpleName());
			return;
		}
		if (event instanceof CallbackSlotRequested requested) {
			slotBookings.on(requested);
		}
		else if (event instanceof CallbackScheduled scheduled) {
			if (scheduled.asSoonAsPossible()) {
				bookings.release(scheduled.callbackId());
			}
		}
		else if (event instanceof CallbackDue due) {
			virtualQueue.enqueue(due);
		}
		else if (event instanceof CallbackCancelled) {
			bookings.release(event.callbackId());
			virtualQueue.withdraw(event.callbackId());
		}
		else if (event instanceof CallbackExpired) {
			// it may expire at the end of an attempt an agent accepted, who is free again
			bookings.release(event.callbackId());
			virtualQueue.fail(event.callbackId());
		}
		else if (event instanceof CallbackRejected) {
			bookings.release(event.callbackId());
		}
		else if (event instanceof CallbackFailed || event instanceof CallbackRetryScheduled) {
			virtualQueue.fail(event.callbackId());
		}
	}

}
