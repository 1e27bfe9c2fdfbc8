package org.reachback.interaction.callback;

import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.interaction.availability.BookingRepository;
import org.reachback.interaction.dispatch.VirtualQueue;
import org.reachback.platform.messaging.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one callback event, once. A scheduled (not as-soon-as-possible) callback holds a booking
 * in its slot until it is cancelled, rejected or expires; rescheduling moves it, and rescheduling to
 * "as soon as possible" gives it up. A scheduled callback without a queue or time books nothing.
 */
@Service
public class CallbackLifecycle {

	static final String CONSUMER = "callback-lifecycle";

	private final Inbox inbox;

	private final VirtualQueue virtualQueue;

	private final BookingRepository bookings;

	CallbackLifecycle(Inbox inbox, VirtualQueue virtualQueue, BookingRepository bookings) {
		this.inbox = inbox;
		this.virtualQueue = virtualQueue;
		this.bookings = bookings;
	}

	@Transactional
	public void on(CallbackEvent event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		if (event instanceof CallbackScheduled scheduled) {
			if (scheduled.asSoonAsPossible() || scheduled.queue() == null || scheduled.dueAt() == null) {
				bookings.release(scheduled.callbackId());
			}
			else {
				bookings.book(scheduled.callbackId(), scheduled.queue(), scheduled.dueAt());
			}
		}
		else if (event instanceof CallbackDue due) {
			virtualQueue.enqueue(due);
		}
		else if (event instanceof CallbackCancelled || event instanceof CallbackExpired) {
			bookings.release(event.callbackId());
			virtualQueue.withdraw(event.callbackId());
		}
		else if (event instanceof CallbackRejected) {
			bookings.release(event.callbackId());
		}
		else if (event instanceof CallbackFailed) {
			virtualQueue.fail(event.callbackId());
		}
	}

}
