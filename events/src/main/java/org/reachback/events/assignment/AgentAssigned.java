package org.reachback.events.assignment;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.privacy.PersonalData;

/**
 * The reserved agent accepted the callback: session-service performs it now on {@code channel}.
 *
 * @param channel {@code VOICE} for a callback whose medium is voice, else {@code CHAT}
 * @param agentPhone the agent's phone as a SIP URI (from the roster), which a voice session rings;
 * {@code null} for an agent without one
 */
public record AgentAssigned(UUID eventId, Instant occurredAt, UUID callbackId, UUID offerId, String agentId,
		String agentName, Channel channel, CallbackContext context, String agentPhone)
		implements AssignmentEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return context == null ? null : context.chatId();
	}

	public enum Channel {
		/** The agent joins the customer's chat. */
		CHAT,
		/** The suite dials agent and customer and bridges them. */
		VOICE,
		/**
		 * An external contact-centre platform places the call; session-service chooses it, per
		 * queue, for a voice assignment, and reports it on its sessions.
		 */
		EXTERNAL
	}

}
