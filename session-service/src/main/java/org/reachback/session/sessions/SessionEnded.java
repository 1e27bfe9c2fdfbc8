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
 * @param status {@link SessionStatus#COMPLETED} or {@link SessionStatus#FAILED}
 * @param outcome how the attempt ended
 * @param duration zero for a session that failed before it connected
 */
public record SessionEnded(UUID sessionId, Channel channel, SessionStatus status, AttemptOutcome outcome,
		Duration duration) {

	public SessionEnded {
		if (status == SessionStatus.CONNECTED) {
			throw new IllegalArgumentException("Session " + sessionId + " is still connected");
		}
	}

	static SessionEnded of(Session ended) {
		return new SessionEnded(ended.id(), ended.channel(), ended.status(), ended.outcome(), ended.duration());
	}

}
