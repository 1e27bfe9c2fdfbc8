package org.reachback.interaction.dispatch;

import java.time.Duration;

/**
 * Why an agent was chosen, in the words the agent reads with the offer and an administrator in the
 * decision log: "Ana asked for Maria"; "Maria was not free within 2 minutes; offered to the billing
 * team (Sam, free longest)".
 */
final class SelectionReason {

	private SelectionReason() {
	}

	/**
	 * @param customerName the customer's name, or null
	 * @param preferredAgentName the name of the agent asked for (their id if unknown), or null
	 */
	static String of(AgentSelector.Choice choice, AgentSelector.Wanted wanted, String customerName,
			String preferredAgentName) {
		String team = "offered to the " + wanted.queue() + " team (" + choice.agent().name() + ", free longest)";
		return switch (choice.basis()) {
			case PREFERRED -> (blank(customerName) ? "The customer" : customerName) + " asked for " + preferredAgentName;
			case PREFERRED_NOT_FREE -> preferredAgentName + " was not free"
					+ (wanted.preferredAgentWait().isZero() ? "" : " within " + words(wanted.preferredAgentWait()))
					+ "; " + team;
			case PREFERRED_REFUSED -> preferredAgentName + " declined it or let the offer time out; " + team;
			case PREFERRED_UNKNOWN -> "Nobody called '" + wanted.preferredAgent() + "' works here; " + team;
			case TEAM -> capitalised(team);
		};
	}

	static String words(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds > 0 && seconds % 60 == 0) {
			long minutes = seconds / 60;
			return minutes + (minutes == 1 ? " minute" : " minutes");
		}
		return seconds + (seconds == 1 ? " second" : " seconds");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
