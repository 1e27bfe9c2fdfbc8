package org.reachback.events.assignment;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;

/**
 * The reserved agent accepted the callback: session-service performs it now on {@code channel}.
 */
public record AgentAssigned(UUID eventId, Instant occurredAt, UUID callbackId, UUID offerId, String agentId,
		String agentName, Channel channel, CallbackContext context) implements AssignmentEvent {

	public enum Channel {
		/** The agent joins the customer's chat. */
		CHAT,
		/** The suite dials agent and customer and bridges them. */
		VOICE,
		/** An external contact-centre platform places the call. */
		EXTERNAL
	}

}
