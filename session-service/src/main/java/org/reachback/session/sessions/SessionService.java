package org.reachback.session.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialRequested;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionFailed;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performs callback sessions: the commands that change them ({@link SessionQueries} reads them).
 * Every change commits together with the events it publishes (outbox), which the outbox also
 * announces in-process; a session that ended and a line added to a transcript are announced as
 * {@link SessionEnded} and {@link TranscriptAppended} too, for metrics and live views.
 */
@Service
public class SessionService {

	static final String ASSIGNMENTS = "session-service.assignments";

	static final String CHATS = "session-service.chats";

	private static final Logger log = LoggerFactory.getLogger(SessionService.class);

	private final SessionRepository sessions;

	private final TranscriptRepository transcripts;

	private final SessionChannels channels;

	private final Inbox inbox;

	private final Outbox outbox;

	private final SessionAnnouncements announce;

	private final ApplicationEventPublisher announcements;

	private final Clock clock;

	private final SessionSettings settings;

	SessionService(SessionRepository sessions, TranscriptRepository transcripts, SessionChannels channels, Inbox inbox,
			Outbox outbox, SessionAnnouncements announce, ApplicationEventPublisher announcements, Clock clock,
			SessionSettings settings) {
		this.sessions = sessions;
		this.transcripts = transcripts;
		this.channels = channels;
		this.inbox = inbox;
		this.outbox = outbox;
		this.announce = announce;
		this.announcements = announcements;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Opens the session for an accepted offer, once per offer however often the assignment arrives.
	 * An assignment on a channel not supported yet becomes a failed session rather than an error. A
	 * voice session is recorded before anything is dialled: the call is requested in-process
	 * ({@link CallRequested}, for this service's SIP user agent once this commits) or from the
	 * contact centre's dialler ({@code DialRequested}, through the outbox).
	 */
	@Transactional
	public void start(AgentAssigned assignment) {
		if (!inbox.firstDelivery(ASSIGNMENTS, assignment)) {
			return;
		}
		Session session = channels.of(assignment.channel())
			.map(channel -> channel.connect(assignment, now()))
			.orElseGet(() -> Session.failed(assignment, SessionChannels.NOT_SUPPORTED, now()));
		if (!sessions.insert(session)) {
			log.info("Offer {} of callback {} already has a session; not performing it twice", assignment.offerId(),
					assignment.callbackId());
			return;
		}
		switch (session.status()) {
			case CONNECTED -> announce.connected(session);
			case CONNECTING -> requestCall(session);
			default -> {
				log.warn("Session {} for callback {} failed: {}", session.id(), session.callbackId(),
						session.failureReason());
				announce.failed(session);
			}
		}
	}

	private void requestCall(Session session) {
		if (session.channel() == Channel.EXTERNAL) {
			Call call = session.call();
			outbox.publish(Topics.DIAL, new DialRequested(UUID.randomUUID(), session.startedAt(), session.id(),
					session.callbackId(), session.agentId(), session.agentName(), call.agentPhone(),
					call.customerPhone(), call.order(), session.context()));
		}
		else {
			announcements.publishEvent(new CallRequested(session.id()));
		}
	}

	/**
	 * Adds what the customer wrote to the connected session in their chat, if there is one; the
	 * first such line answers the attempt, so it no longer ends with {@code NO_ANSWER}.
	 */
	@Transactional
	public void recordCustomerMessage(CustomerMessaged message) {
		if (!inbox.firstDelivery(CHATS, message)) {
			return;
		}
		sessions.lockConnectedInChat(message.chatId()).ifPresent(session -> {
			if (session.replyDueAt() != null) {
				sessions.update(session.replied());
			}
			announcements.publishEvent(new TranscriptAppended(transcripts.append(session.id(), message.messageId(),
					Objects.requireNonNullElseGet(message.occurredAt(), this::now), Speaker.CUSTOMER,
					session.customer().name(), message.text())));
		});
	}

	/**
	 * Writes the agent's text to the customer.
	 * @throws SessionClosedException if the session is no longer connected
	 */
	@Transactional
	public SessionLine postAgentMessage(UUID sessionId, String agentId, String text) {
		Session session = lockOwned(sessionId, agentId);
		session.checkTakesMessages();
		SessionChannel channel = channels.of(session.channel())
			.orElseThrow(() -> new SessionClosedException(sessionId, session.status()));
		SessionLine line = transcripts.append(sessionId, UUID.randomUUID(), now(), Speaker.AGENT,
				session.agentName(), text);
		channel.deliver(session, line);
		announcements.publishEvent(new TranscriptAppended(line));
		return line;
	}

	/**
	 * Ends the session as the agent records it: {@code COMPLETED} (or no outcome) publishes
	 * {@link SessionCompleted}, any other outcome {@link SessionFailed} with it, for the callback's
	 * retry policy. Idempotent: ending it again the same way answers the ended session and publishes
	 * nothing more.
	 * @param outcome {@code null} for {@code COMPLETED}
	 * @throws SessionClosedException if the session already ended otherwise
	 */
	@Transactional
	public Session end(UUID sessionId, String agentId, AttemptOutcome outcome) {
		Session session = lockOwned(sessionId, agentId);
		if (outcome == null || outcome == AttemptOutcome.COMPLETED) {
			Session completed = session.complete(now());
			if (completed.status() == session.status()) {
				return session;
			}
			sessions.update(completed);
			announce.completed(completed, completed.duration());
			hangUp(completed);
			return completed;
		}
		Session failed = session.fail(outcome, "recorded by the agent: " + words(outcome), now());
		if (failed != session) {
			sessions.update(failed);
			announce.failed(failed);
			hangUp(failed);
		}
		return failed;
	}

	/** A call the agent ended from the console is hung up on both phones once that has committed. */
	private void hangUp(Session ended) {
		if (ended.channel() == Channel.VOICE) {
			announcements.publishEvent(new CallHangUpRequested(ended.id()));
		}
	}

	/**
	 * Ends, with {@code NO_ANSWER}, connected sessions whose customer did not reply in time: one
	 * batch, claimed {@code FOR UPDATE SKIP LOCKED} in this transaction.
	 * @return how many it ended; a full batch means more may be waiting
	 */
	@Transactional
	public int endUnanswered(Instant at) {
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		var unanswered = sessions.lockUnanswered(now, settings.batchSize());
		String reason = "the customer did not reply within " + words(settings.chat().noAnswerAfter())
				+ " of the agent joining";
		unanswered.forEach(session -> failed(session.fail(AttemptOutcome.NO_ANSWER, reason, now)));
		return unanswered.size();
	}

	private void failed(Session failed) {
		sessions.update(failed);
		announce.failed(failed);
	}

	private static String words(AttemptOutcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String words(Duration duration) {
		if (duration.toSecondsPart() == 0 && duration.toMinutes() > 0) {
			long minutes = duration.toMinutes();
			return minutes == 1 ? "1 minute" : minutes + " minutes";
		}
		long seconds = Math.max(1, duration.toSeconds());
		return seconds == 1 ? "1 second" : seconds + " seconds";
	}

	/** Now, to the microsecond PostgreSQL keeps, so what a command answers is what is read back later. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Session lockOwned(UUID sessionId, String agentId) {
		Session session = sessions.lock(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
		if (!session.isOwnedBy(agentId)) {
			throw new NotYourSessionException(sessionId, agentId);
		}
		return session;
	}

}
