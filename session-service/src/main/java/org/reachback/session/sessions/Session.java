package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

/**
 * One attempt to perform a callback with the agent who accepted its offer, with the context the
 * bot handed over. Immutable: each transition returns the next state.
 *
 * @param channel how the attempt is performed; {@code null} only if the assignment named none
 * @param failureReason why a {@link SessionStatus#FAILED} session could not be performed
 * @param context as the assignment carried it; {@code null} if it carried none
 */
public record Session(UUID id, UUID callbackId, UUID offerId, UUID chatId, Channel channel, SessionStatus status,
		String failureReason, String agentId, String agentName, CallbackContext context, Instant startedAt,
		Instant endedAt) {

	static Session connected(AgentAssigned assignment, Instant at) {
		return open(assignment, SessionStatus.CONNECTED, null, at, null);
	}

	static Session failed(AgentAssigned assignment, String reason, Instant at) {
		return open(assignment, SessionStatus.FAILED, reason, at, at);
	}

	private static Session open(AgentAssigned assignment, SessionStatus status, String reason, Instant at,
			Instant endedAt) {
		CallbackContext context = assignment.context();
		return new Session(UUID.randomUUID(), assignment.callbackId(), assignment.offerId(),
				context == null ? null : context.chatId(), assignment.channel(), status, reason, assignment.agentId(),
				assignment.agentName(), context, at, endedAt);
	}

	public boolean isActive() {
		return status == SessionStatus.CONNECTED;
	}

	public boolean isOwnedBy(String agent) {
		return agentId.equals(agent);
	}

	public Customer customer() {
		return context == null || context.customer() == null ? Customer.anonymous() : context.customer();
	}

	/**
	 * Ends a connected session. Completing a completed session is not an error and changes nothing,
	 * so an agent console may safely retry; a failed session was never performed and cannot be.
	 * @throws SessionClosedException if the session failed
	 */
	Session complete(Instant at) {
		return switch (status) {
			case CONNECTED -> new Session(id, callbackId, offerId, chatId, channel, SessionStatus.COMPLETED,
					failureReason, agentId, agentName, context, startedAt, at);
			case COMPLETED -> this;
			case FAILED -> throw new SessionClosedException(id, status);
		};
	}

	/** @throws SessionClosedException unless agent and customer are still connected */
	void checkTakesMessages() {
		if (!isActive()) {
			throw new SessionClosedException(id, status);
		}
	}

	/** How long the session lasted; zero while it is still running. */
	Duration duration() {
		return endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
	}

}
