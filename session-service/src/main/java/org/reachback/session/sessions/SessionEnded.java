package org.reachback.session.sessions;

import java.time.Duration;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.assignment.AgentAssigned.Channel;

/**
 * Announced inside this service, not on Kafka, when a session stops taking messages, completed or
 * failed: live views close, and metrics read what {@code SessionCompleted} and {@code SessionFailed}
 * do not carry, the channel and how long the session lasted.
 *
 * @param channel {@code null} if the assignment named none
 * @param status {@link SessionStatus#COMPLETED}, {@link SessionStatus#FAILED} or
 * {@link SessionStatus#MISSED}
 * @param outcome how the attempt ended; {@code null} when the agent missed the call
 * @param duration how long agent and customer were in touch; zero for a session that never connected
 * @param timeToConnect for a call that connected, from the first dial to both having answered
 */
public record SessionEnded(UUID sessionId, Channel channel, SessionStatus status, AttemptOutcome outcome,
		Duration duration, Duration timeToConnect) {

	public SessionEnded {
		if (status.isLive()) {
			throw new IllegalArgumentException("Session " + sessionId + " is still " + status);
		}
	}

	static SessionEnded of(Session ended) {
		Call call = ended.call();
		Duration toConnect = call == null || call.dialStartedAt() == null || call.connectedAt() == null ? null
				: Duration.between(call.dialStartedAt(), call.connectedAt());
		return new SessionEnded(ended.id(), ended.channel(), ended.status(), ended.outcome(), ended.duration(),
				toConnect);
	}

}
