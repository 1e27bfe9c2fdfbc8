package org.reachback.chatbot.bot;

import java.util.Arrays;
import java.util.Optional;

/**
 * What every bot does besides its own intents: change the chat's callback when the customer asks
 * ("please cancel my callback", "call me at 5 instead"). A customer may say so to whichever bot they
 * are talking to, so no bot declares these intents; like {@code human_agent}, they have no bot of
 * their own in intent-service's routing table.
 *
 * @param intent the intent intent-service's brand catalogue sorts such messages into
 * @param label how a bot names the change to a customer ("which did you mean: ...")
 */
public enum CallbackChange {

	CANCEL("cancel_callback", "cancel your callback"),

	MOVE("move_callback", "move your callback");

	private final String intent;

	private final String label;

	CallbackChange(String intent, String label) {
		this.intent = intent;
		this.label = label;
	}

	public String intent() {
		return intent;
	}

	public String label() {
		return label;
	}

	/** The change {@code intent} asks for; empty for any other intent. */
	public static Optional<CallbackChange> of(String intent) {
		return Arrays.stream(values()).filter(change -> change.intent.equals(intent)).findFirst();
	}

}
