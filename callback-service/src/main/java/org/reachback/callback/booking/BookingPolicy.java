package org.reachback.callback.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.reachback.callback.Brands;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.CallbackContext;
import org.reachback.events.Media;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.platform.phone.CallableNumber;
import org.reachback.platform.phone.CallingWindow;
import org.reachback.platform.phone.CallingWindowRules;
import org.reachback.platform.phone.PhoneNumbers;

/**
 * Decides whether a callback request can be booked and how. The number to call is the context's
 * phone (else the customer's), read in the customer's locale; it must be of a callable type and,
 * where the brand restricts them, country. A callback in the chat may come without a number (its
 * calling window is then the default hours in the customer's zone); a voice callback without one
 * is refused ({@code phone-required}). As soon as possible means now, or when the callee's
 * calling window next opens if it is closed now; a chosen slot must lie inside the calling window
 * and not have started more than the grace period ago, and is then asked of interaction-manager.
 * A move of a booked callback ({@link #decideMove}) follows the same rules for the new slot.
 */
final class BookingPolicy {

	private final Duration slotGrace;

	private final CallingWindowRules windows;

	private final Brands brands;

	BookingPolicy(Duration slotGrace, CallingWindowRules windows, Brands brands) {
		this.slotGrace = slotGrace;
		this.windows = windows;
		this.brands = brands;
	}

	Decision decide(CallbackRequested request, Instant now) {
		CallbackContext context = request.context();
		if (context == null) {
			return new Refused("The request carries no callback context", "invalid-request");
		}
		String locale = context.customer() == null ? null : context.customer().locale();
		String timeZone = context.customer() == null ? null : context.customer().timeZone();
		String raw = rawPhone(context);
		if (raw == null || raw.isBlank()) {
			// without a number, a request that names no medium is one in the chat (Media.orDefault)
			if (context.media() == Media.VOICE) {
				return new Refused("A voice callback needs a phone number to call, and the request has none",
						"phone-required");
			}
			return book(request, null, windows.windowFor(null, timeZone), now);
		}
		CallableNumber number;
		try {
			number = PhoneNumbers.callable(raw, locale, brands.callableCountries(context.brand()));
		}
		catch (PhoneNumbers.NumberNotCallableException ex) {
			return new Refused(ex.getMessage(), "number-not-callable");
		}
		catch (PhoneNumbers.InvalidPhoneNumberException ex) {
			return new Refused(ex.getMessage(), "invalid-phone");
		}
		return book(request, number.e164(), windows.windowFor(number.e164(), timeZone), now);
	}

	/** @param phone in E.164; {@code null} for a callback in the chat without a number */
	private Decision book(CallbackRequested request, String phone, CallingWindow window, Instant now) {
		if (request.asSoonAsPossible()) {
			return asSoonAsPossible(phone, window, now);
		}
		return slot(phone, request.slot(), window, now);
	}

	/** Whether a booked callback may move to {@code slot}: only while it is scheduled and not yet due. */
	Decision decideMove(Callback callback, Instant slot, Instant now) {
		if (callback.status() != CallbackStatus.SCHEDULED || !callback.dueAt().isAfter(now)) {
			String status = callback.status() == CallbackStatus.SCHEDULED ? "due" : callback.status().name();
			return new Refused("A " + status + " callback cannot move", "not-movable");
		}
		if (callback.pendingSlot() != null) {
			return new Refused("An earlier move, to " + callback.pendingSlot() + ", is still being booked",
					"not-movable");
		}
		return slot(callback.phone(), slot, windows.windowFor(callback.phone(), callback.customerTimeZone()), now);
	}

	private static Decision asSoonAsPossible(String phone, CallingWindow window, Instant now) {
		Optional<Instant> opening = window.nextOpening(now);
		if (opening.isEmpty()) {
			return new Refused("We cannot call " + (phone == null ? "the customer" : phone)
					+ " at any hour: its time zones share no calling hours (" + window + ")", "number-not-callable");
		}
		if (opening.get().equals(now)) {
			return new Scheduled(phone, now, "booked as soon as possible");
		}
		return new Scheduled(phone, opening.get(), "booked as soon as possible, but the calling window (" + window
				+ ") is closed now: due when it opens, at " + opening.get());
	}

	private Decision slot(String phone, Instant slot, CallingWindow window, Instant now) {
		if (slot == null) {
			return new Refused("No time was chosen", "invalid-request");
		}
		if (slot.isBefore(now.minus(slotGrace))) {
			return new Refused("The chosen slot " + slot + " is in the past; please choose another time",
					"slot-in-past");
		}
		if (!window.allows(slot)) {
			return new Refused("The chosen slot " + slot + " is outside the hours we may call you (" + window
					+ "); please choose another time", "outside-hours");
		}
		return new SlotWanted(phone, slot);
	}

	private static String rawPhone(CallbackContext context) {
		if (context.phone() != null || context.customer() == null) {
			return context.phone();
		}
		return context.customer().phone();
	}

	sealed interface Decision permits Scheduled, SlotWanted, Refused {
	}

	/**
	 * Book it now, without asking for a slot: call {@code phone} (E.164; {@code null} for a callback
	 * in the chat without one) from {@code dueAt} on.
	 */
	record Scheduled(String phone, Instant dueAt, String reason) implements Decision {
	}

	/** Valid: ask interaction-manager to book {@code slot}, calling {@code phone} (E.164). */
	record SlotWanted(String phone, Instant slot) implements Decision {
	}

	/** Do not book it, for the reason given to the customer, with its stable code. */
	record Refused(String problem, String code) implements Decision {
	}

}
