package org.reachback.intent.transcript;

import org.reachback.events.TranscriptLine.Speaker;

/** An entry to append to a transcript; the transcript gives it its sequence number and time. */
public record NewEntry(EntryKind kind, Speaker speaker, String name, String text, PromptShown prompt,
		CallbackShown callback) {

	public static NewEntry message(Speaker speaker, String name, String text) {
		return new NewEntry(EntryKind.MESSAGE, speaker, name, text, null, null);
	}

	public static NewEntry prompt(String bot, String text, PromptShown prompt) {
		return new NewEntry(EntryKind.PROMPT, Speaker.BOT, bot, text, prompt, null);
	}

	public static NewEntry callback(String text, CallbackShown callback) {
		return new NewEntry(EntryKind.CALLBACK, Speaker.SYSTEM, null, text, null, callback);
	}

	public static NewEntry agentJoined(String agentName) {
		return new NewEntry(EntryKind.AGENT_JOINED, Speaker.AGENT, agentName, agentName + " joined the chat", null,
				null);
	}

	/** A call connected the customer to the agent, who is not in the chat: the chat says who is on the line. */
	public static NewEntry onThePhone(String agentName) {
		return new NewEntry(EntryKind.MESSAGE, Speaker.SYSTEM, null, "You are on the phone with " + agentName + ".",
				null, null);
	}

	public static NewEntry agentLeft(String agentName) {
		return new NewEntry(EntryKind.AGENT_LEFT, Speaker.AGENT, agentName, agentName + " left the chat", null, null);
	}

}
