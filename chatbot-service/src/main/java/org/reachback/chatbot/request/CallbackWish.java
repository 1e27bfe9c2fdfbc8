package org.reachback.chatbot.request;

import org.reachback.chatbot.queue.Agent;

/**
 * What a message asks of a callback, beyond the callback itself.
 *
 * @param time when the customer asked to be called; {@code null} if the message names no time
 * @param agent the agent the customer asked for; {@code null} if the message names none
 */
public record CallbackWish(RequestedTime time, Agent agent) {

	public static final CallbackWish NONE = new CallbackWish(null, null);

	/** Whether the message asks for a time or an agent at all. */
	public boolean any() {
		return time != null || agent != null;
	}

}
