package org.reachback.intent.callback;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the customer reads in their chat when their callback changes; times in their own zone. */
final class CallbackTexts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

	private CallbackTexts() {
	}

	static String describe(CallbackView callback, String timeZone) {
		return switch (callback.status()) {
			case REQUESTED -> "Thanks! We are booking your callback to " + PhoneMask.mask(callback.phone()) + ".";
			case SCHEDULED -> Boolean.TRUE.equals(callback.asSoonAsPossible()) || callback.dueAt() == null
					? "Your callback is booked: an agent will call you on " + PhoneMask.mask(callback.phone())
							+ " as soon as one is free."
					: "Your callback is booked for " + at(callback.dueAt(), timeZone) + ".";
			case DUE -> "It is time for your callback: we are finding an agent for you now.";
			case AGENT_RESERVED -> orSomeone(callback.agentName()) + " will be with you shortly.";
			case IN_PROGRESS -> "Your callback has started.";
			case COMPLETED -> "Your callback is complete. Thank you!";
			case CANCELLED -> "Your callback was cancelled.";
			case REJECTED -> "We could not book your callback: " + orUnknown(callback.problem());
			case FAILED -> "We could not reach you: " + orUnknown(callback.problem());
			case EXPIRED -> "Sorry, we could not call you back in time (" + orUnknown(callback.problem())
					+ "). You can ask for another callback here.";
		};
	}

	static String at(Instant instant, String timeZone) {
		ZoneId zone = zone(timeZone);
		return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	private static ZoneId zone(String timeZone) {
		try {
			return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	private static String orSomeone(String name) {
		return name == null ? "An agent" : name;
	}

	private static String orUnknown(String problem) {
		return problem == null || problem.isBlank() ? "no reason was given" : problem;
	}

}
