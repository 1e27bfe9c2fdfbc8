package org.reachback.chatbot.conversation;

import org.reachback.chatbot.bot.CallbackChange;

/**
 * How a callback ended, as callback-service announced it: once it has, there is nothing left to
 * cancel or move, and the bot says why instead of asking for a change.
 */
public enum CallbackEnding {

	/** {@code CallbackCompleted}: the call took place. */
	COMPLETED("has already taken place"),
	/** {@code CallbackCancelled}: by the customer (in the chat, by link or API) or an operator. */
	CANCELLED("was already cancelled"),
	/** {@code CallbackFailed}: attempted, and could not be completed. */
	FAILED("could not be completed"),
	/** {@code CallbackExpired}: given up because it could not be made in time. */
	EXPIRED("expired before we could make it");

	private final String words;

	CallbackEnding(String words) {
		this.words = words;
	}

	/** What the bot answers a request for {@code change} of a callback that ended this way. */
	String reply(CallbackChange change) {
		return "Your callback " + words + ", so there's nothing to " + verb(change) + ".";
	}

	private static String verb(CallbackChange change) {
		return change == CallbackChange.CANCEL ? "cancel" : "move";
	}

}
