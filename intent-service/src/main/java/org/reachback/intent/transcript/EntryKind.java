package org.reachback.intent.transcript;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a transcript entry is; its name is the {@code event} name on the event stream. */
public enum EntryKind {

	MESSAGE("message"), PROMPT("prompt"), CALLBACK("callback"), AGENT_JOINED("agent-joined"),
	AGENT_LEFT("agent-left");

	private final String eventName;

	EntryKind(String eventName) {
		this.eventName = eventName;
	}

	@JsonValue
	public String eventName() {
		return eventName;
	}

}
