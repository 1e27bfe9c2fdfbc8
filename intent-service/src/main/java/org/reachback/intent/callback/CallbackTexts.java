package org.reachback.intent.callback;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.reachback.events.Media;
import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;

/**
 * What the customer reads in their chat when their callback changes; times in their own zone. A
 * callback in the chat is an agent joining them here, a call one to their (masked) number.
 */
final class CallbackTexts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

	/**
	 * An as-soon-as-possible callback due this much later than it was booked was held back (by the
	 * customer's calling window): the customer is told when calls may start.
	 */
	private static final Duration HELD_BACK = Duration.ofMinutes(1);

	/** Refusals of a move, by their code, in the customer's words. */
	private static final Map<String, String> MOVE_REFUSALS = Map.of("slot-full", "that time is fully booked",
			"outside-hours", "that time is outside our opening hours", "slot-in-past", "that time has passed",
			"not-movable", "it can no longer be moved", "unknown-queue", "that time cannot be booked");

	private CallbackTexts() {
	}

	/**
	 * What to tell the customer about {@code event}, given the callback before and after it;
	 * empty when there is nothing to tell (a slot asked for: the answer follows).
	 */
	static Optional<String> news(CallbackEvent event, Optional<CallbackView> before, CallbackView after,
			String timeZone) {
		if (event instanceof CallbackSlotRequested) {
			return Optional.empty();
		}
		if (event instanceof CallbackAgentReleased) {
			return Optional.of("We are finding another agent for you now.");
		}
		if (event instanceof CallbackRetryScheduled retry) {
			return Optional.of("We couldn't reach you; we'll try again at " + at(retry.dueAt(), timeZone) + ".");
		}
		if (event instanceof CallbackRescheduleRefused refused) {
			return Optional.of(moveRefused(refused, timeZone));
		}
		if (event instanceof CallbackScheduled scheduled) {
			if (scheduled.asSoonAsPossible() && scheduled.dueAt() != null
					&& scheduled.dueAt().isAfter(scheduled.occurredAt().plus(HELD_BACK))) {
				return Optional.of("We may not call you right now, so an agent will " + reach(after)
						+ " as soon as one is free from " + at(scheduled.dueAt(), timeZone) + ".");
			}
			if (before.filter(earlier -> moved(earlier, scheduled)).isPresent()) {
				return Optional.of("Your callback is now at " + at(scheduled.dueAt(), timeZone) + ".");
			}
		}
		return Optional.of(describe(after, timeZone));
	}

	static String describe(CallbackView callback, String timeZone) {
		return switch (callback.status()) {
			case REQUESTED -> "Thanks! We are booking your callback "
					+ (inTheChat(callback) ? "here in this chat" : "to " + PhoneMask.mask(callback.phone())) + ".";
			case SCHEDULED -> Boolean.TRUE.equals(callback.asSoonAsPossible()) || callback.dueAt() == null
					? "Your callback is booked: an agent will " + reach(callback) + " as soon as one is free."
					: "Your callback is booked for " + at(callback.dueAt(), timeZone) + ".";
			case DUE -> "It is time for your callback: we are finding an agent for you now.";
			case AGENT_RESERVED -> orSomeone(callback.agentName()) + " will be with you shortly.";
			case IN_PROGRESS -> "Your callback has started.";
			case COMPLETED -> "Your callback is complete. Thank you!";
			case CANCELLED -> "Your callback was cancelled.";
			case REJECTED -> "We could not book your callback: " + orUnknown(callback.problem());
			// the recorded problem explains the ending to an administrator, not to the customer
			case FAILED -> "Sorry, we could not complete your callback. You can ask for another callback here.";
			case EXPIRED -> "Sorry, we tried but could not call you back in time. You can ask for another callback "
					+ "here.";
		};
	}

	/**
	 * Why a second callback for the same number was not booked. The open one's details are shown
	 * only in its own chat: whoever types a number learns nothing about another chat's callback.
	 */
	static String alreadyOpen(CallbackView open, boolean sameChat, String timeZone) {
		if (!sameChat) {
			return "There is already a callback open for this number, so we have not booked another. You can move "
					+ "or cancel it from the chat you booked it in, or with the link you got then.";
		}
		String when = Boolean.TRUE.equals(open.asSoonAsPossible()) || open.dueAt() == null ? ""
				: " for " + at(open.dueAt(), timeZone);
		return "You already have a callback" + when + " to " + PhoneMask.mask(open.phone())
				+ ", so we have not booked another. You can move or cancel that one.";
	}

	static String at(Instant instant, String timeZone) {
		ZoneId zone = zone(timeZone);
		return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	/** The customer's zone; UTC when they gave none (or one this JVM does not know). */
	static ZoneId zone(String timeZone) {
		try {
			return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	/** A booking that replaces an earlier one at another time: the customer moved it. */
	private static boolean moved(CallbackView earlier, CallbackScheduled scheduled) {
		if (earlier.requestedSlot() != null) {
			return true;
		}
		return earlier.status() != CallbackStatus.REQUESTED && earlier.dueAt() != null
				&& !earlier.dueAt().equals(scheduled.dueAt());
	}

	private static String moveRefused(CallbackRescheduleRefused refused, String timeZone) {
		String why = refused.problem() == null ? "it could not be booked"
				: MOVE_REFUSALS.getOrDefault(refused.problem(), "it could not be booked (" + refused.problem() + ")");
		String wanted = refused.requestedSlot() == null ? "" : " to " + at(refused.requestedSlot(), timeZone);
		String kept = refused.dueAt() == null ? "It stays as it was."
				: "It stays booked for " + at(refused.dueAt(), timeZone) + ".";
		return "We couldn't move your callback" + wanted + ": " + why + ". " + kept;
	}

	private static boolean inTheChat(CallbackView callback) {
		return callback.mediaOrDefault() == Media.CHAT;
	}

	/** "call you on +•••958", or "join you here" for a callback in the chat. */
	private static String reach(CallbackView callback) {
		return inTheChat(callback) ? "join you here" : "call you on " + PhoneMask.mask(callback.phone());
	}

	private static String orSomeone(String name) {
		return name == null ? "An agent" : name;
	}

	private static String orUnknown(String problem) {
		return problem == null || problem.isBlank() ? "no reason was given" : problem;
	}

}
