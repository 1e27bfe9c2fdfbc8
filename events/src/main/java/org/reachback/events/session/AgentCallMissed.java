package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A voice session could not reach the agent: their phone did not answer in time, was busy or
 * declined. It is not an attempt on the customer: interaction-manager sets the agent away and puts
 * the callback back in the queue for the next agent.
 *
 * @param offerId the accepted offer the session performed
 * @param sipStatus the agent phone's final SIP status, {@code null} when it never answered (ring
 * timeout) or a dialler did not say
 */
public record AgentCallMissed(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		UUID offerId, String agentId, String reason, Integer sipStatus) implements SessionEvent {
}
