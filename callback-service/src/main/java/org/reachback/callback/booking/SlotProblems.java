package org.reachback.callback.booking;

import java.time.Instant;

/**
 * What interaction-manager's refusal of a slot ({@code slot-full}, {@code outside-hours},
 * {@code unknown-queue}) means to the customer, in words, and as the code of a rejected request.
 */
final class SlotProblems {

	private SlotProblems() {
	}

	static String inWords(String problem, Instant slot) {
		return switch (problem == null ? "" : problem) {
			case "slot-full" -> "The time you chose (" + slot + ") is fully booked now; please choose another time";
			case "outside-hours" -> "The time you chose (" + slot + ") is outside the team's opening hours; please"
					+ " choose another time";
			case "unknown-queue" -> "Callbacks cannot be booked with this team";
			default -> "The time you chose (" + slot + ") could not be booked (" + problem + "); please choose another time";
		};
	}

	/** The refusal's own code where a rejected request knows it, else {@code invalid-request}. */
	static String rejectionCode(String problem) {
		return "slot-full".equals(problem) || "outside-hours".equals(problem) ? problem : "invalid-request";
	}

}
