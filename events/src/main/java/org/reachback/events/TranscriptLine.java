package org.reachback.events;

import java.time.Instant;

/** One line of a chat as an agent will read it. */
public record TranscriptLine(Instant at, Speaker speaker, String name, String text) {

	public enum Speaker {
		CUSTOMER, BOT, AGENT, SYSTEM
	}

}
