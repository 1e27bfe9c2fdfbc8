package org.reachback.session.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reachback.events.assignment.AgentAssigned.Channel;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** Actuator endpoint {@code sessions}: how many sessions are in each state, and who is in a live one. */
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
				sessions.connected().stream().map(session -> ActiveSession.of(session, now)).toList());
	}

	record Overview(Map<SessionStatus, Long> counts, List<ActiveSession> active) {
	}

	/** @param ageSeconds how long the session has been connected */
	record ActiveSession(UUID sessionId, UUID callbackId, UUID chatId, Channel channel, String agentId,
			String agentName, Instant startedAt, long ageSeconds) {

		static ActiveSession of(Session session, Instant now) {
			return new ActiveSession(session.id(), session.callbackId(), session.chatId(), session.channel(),
					session.agentId(), session.agentName(), session.startedAt(),
					Duration.between(session.startedAt(), now).toSeconds());
		}

	}

}
