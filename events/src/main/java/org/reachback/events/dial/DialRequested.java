package org.reachback.events.dial;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.privacy.PersonalData;

/**
 * session-service asks a contact centre's own dialler to connect the agent and the customer for one
 * attempt. The dialler answers with {@link DialProgressed} events carrying the same session id; it
 * must place at most one call per session id, however often this request is delivered.
 *
 * @param sessionId the attempt's id; the dialler's idempotency key
 * @param agentPhone the agent's phone (a SIP URI or a number), {@code null} if the roster has none
 * @param customerPhone the customer's number in E.164
 * @param order who is rung first
 * @param context who, why and what was said, for the agent's screen
 */
public record DialRequested(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, String agentId,
		String agentName, String agentPhone, String customerPhone, CallOrder order, CallbackContext context)
		implements DialEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return context == null ? null : context.chatId();
	}

	public enum CallOrder {
		/** Ring the agent; dial the customer once the agent answers. */
		AGENT_FIRST,
		/** Dial the customer; ring the agent once the customer answers. */
		CUSTOMER_FIRST
	}

}
