package org.reachback.intent.chat;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Customer;

/**
 * A chat as this service keeps it.
 *
 * @param bot the bot chosen for the chat from the intent of its first message
 * @param agentSessionId the session of the agent who is in the chat now, else {@code null}
 * @param agentCallbackId the callback whose attempt brought that agent in, else {@code null}
 */
public record Chat(UUID chatId, String brand, String bot, Customer customer, UUID agentSessionId, String agentName,
		UUID agentCallbackId, Instant startedAt) {

	public boolean agentPresent() {
		return agentSessionId != null;
	}

}
