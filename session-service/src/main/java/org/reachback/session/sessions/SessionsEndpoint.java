package org.reachback.session.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.session.sessions.Call.CallState;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * Actuator endpoint {@code sessions}: how many sessions are in each state, and the live ones: chats
 * and calls connected, and calls being dialled, with how far each call got.
 */
@Component
@Endpoint(id = "sessions")
class SessionsEndpoint {

	private final SessionRepository sessions;

	private final Clock clock;

	SessionsEndpoint(SessionRepository sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	@ReadOperation
	Overview sessions() {
		Instant now = clock.instant();
		return new Overview(sessions.countByStatus(),
				sessions.live().stream().map(session -> ActiveSession.of(session, now)).toList());
	}

	record Overview(Map<SessionStatus, Long> counts, List<ActiveSession> active) {
	}

	/**
	 * @param ageSeconds how long the session has been under way
	 * @param callState how far a voice session's call got; {@code null} for a chat
	 */
	record ActiveSession(UUID sessionId, UUID callbackId, UUID chatId, Channel channel, SessionStatus status,
			CallState callState, String agentId, String agentName, Instant startedAt, Instant connectedAt,
			long ageSeconds) {

		static ActiveSession of(Session session, Instant now) {
			Call call = session.call();
			return new ActiveSession(session.id(), session.callbackId(), session.chatId(), session.channel(),
					session.status(), call == null ? null : call.state(), session.agentId(), session.agentName(),
					session.startedAt(), call == null ? null : call.connectedAt(),
					Duration.between(session.startedAt(), now).toSeconds());
		}

	}

}
