package org.reachback.callback.booking;

import java.time.Duration;
import java.time.Instant;

import org.reachback.events.CallbackContext;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.platform.phone.PhoneNumbers;

/**
 * Decides whether a callback request can be booked and when it becomes due: as soon as possible
 * means now; a chosen slot means its start, unless it started more than the grace period ago. The
 * number to call is the context's phone (else the customer's), read in the customer's locale.
 */
final class BookingPolicy {

	private final Duration slotGrace;

	BookingPolicy(Duration slotGrace) {
		this.slotGrace = slotGrace;
	}

	Decision decide(CallbackRequested request, Instant now) {
		CallbackContext context = request.context();
		if (context == null) {
			return new Refused("The request carries no callback context");
		}
		String phone;
		try {
			phone = PhoneNumbers.toE164(rawPhone(context), context.customer() == null ? null : context.customer().locale());
		}
		catch (PhoneNumbers.InvalidPhoneNumberException ex) {
			return new Refused(ex.getMessage());
		}
		if (request.asSoonAsPossible()) {
			return new Accepted(phone, now);
		}
		if (request.slot().isBefore(now.minus(slotGrace))) {
			return new Refused("The chosen slot " + request.slot() + " is in the past; please choose another time");
		}
		return new Accepted(phone, request.slot());
	}

	private static String rawPhone(CallbackContext context) {
		if (context.phone() != null || context.customer() == null) {
			return context.phone();
		}
		return context.customer().phone();
	}

	sealed interface Decision permits Accepted, Refused {
	}

	/** Book it: call {@code phone} (E.164) from {@code dueAt} on. */
	record Accepted(String phone, Instant dueAt) implements Decision {
	}

	/** Do not book it, for the reason given to the customer. */
	record Refused(String problem) implements Decision {
	}

}
