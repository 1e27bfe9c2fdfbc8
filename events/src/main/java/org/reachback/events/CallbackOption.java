package org.reachback.events;

/** The choices a callback prompt offers the customer. */
public enum CallbackOption {

	/** Call me as soon as an agent is free. */
	CALLBACK_ASAP,

	/** Call me at the slot I chose. */
	CALLBACK_SCHEDULED,

	/** No callback; I will keep chatting with the bot. */
	KEEP_CHATTING

}
