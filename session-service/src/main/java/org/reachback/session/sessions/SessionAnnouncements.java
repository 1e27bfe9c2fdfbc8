package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.session.AgentCallMissed;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes what happened to a session, whichever channel and command moved it: the Kafka event
 * (outbox, in the caller's transaction) and, for an end, {@link SessionEnded} in-process.
 */
@Component
class SessionAnnouncements {

	private static final Logger log = LoggerFactory.getLogger(SessionAnnouncements.class);

	private final Outbox outbox;

	private final ApplicationEventPublisher announcements;

	SessionAnnouncements(Outbox outbox, ApplicationEventPublisher announcements) {
		this.outbox = outbox;
		this.announcements = announcements;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void connected(Session session) {
		outbox.publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), connectedAt(session), session.id(),
				session.callbackId(), session.chatId(), session.agentId(), session.agentName(), session.channel()));
	}

	/** @param talked how long the two talked, {@code null} when it is not known */
	@Transactional(propagation = Propagation.MANDATORY)
	void completed(Session completed, Duration talked) {
		outbox.publish(Topics.SESSION, new SessionCompleted(UUID.randomUUID(), completed.endedAt(), completed.id(),
				completed.callbackId(), completed.chatId(), completed.agentId(),
				talked == null ? null : talked.toMillis()));
		announcements.publishEvent(SessionEnded.of(completed));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void failed(Session failed) {
		log.info("Session {} for callback {} ended with {}: {}", failed.id(), failed.callbackId(), failed.outcome(),
				failed.failureReason());
		outbox.publish(Topics.SESSION, new SessionFailed(UUID.randomUUID(), failed.endedAt(), failed.id(),
				failed.callbackId(), failed.chatId(), failed.agentId(), failed.failureReason(), failed.outcome()));
		announcements.publishEvent(SessionEnded.of(failed));
	}

	/** @param sipStatus the agent phone's final status, {@code null} if it never answered */
	@Transactional(propagation = Propagation.MANDATORY)
	void missed(Session missed, Integer sipStatus) {
		log.info("Session {} for callback {}: agent {} missed the call: {}", missed.id(), missed.callbackId(),
				missed.agentId(), missed.failureReason());
		outbox.publish(Topics.SESSION, new AgentCallMissed(UUID.randomUUID(), missed.endedAt(), missed.id(),
				missed.callbackId(), missed.chatId(), missed.offerId(), missed.agentId(), missed.failureReason(),
				sipStatus));
		announcements.publishEvent(SessionEnded.of(missed));
	}

	private static Instant connectedAt(Session session) {
		return session.call() != null && session.call().connectedAt() != null ? session.call().connectedAt()
				: session.startedAt();
	}

}
