package org.reachback.session.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialProgressed;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.phone.CallingWindow;
import org.reachback.platform.phone.CallingWindowRules;
import org.reachback.session.sessions.Call.CallState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves voice sessions as their calls progress, whoever places them: this service's SIP user agent
 * calls these methods, an external dialler's {@link DialProgressed} events are mapped onto them.
 * Each locks the session and acts only on a session still under way, so a late, repeated or racing
 * report (a BYE crossing the agent's hang-up) changes nothing.
 */
@Service
public class CallProgress {

	static final String DIAL_PROGRESS = "session-service.dial-progress";

	private static final Logger log = LoggerFactory.getLogger(CallProgress.class);

	private final SessionRepository sessions;

	private final SessionAnnouncements announce;

	private final CallingWindowRules windows;

	private final Inbox inbox;

	private final Clock clock;

	CallProgress(SessionRepository sessions, SessionAnnouncements announce, CallingWindowRules windows, Inbox inbox,
			Clock clock) {
		this.sessions = sessions;
		this.announce = announce;
		this.windows = windows;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * Marks the attempt dialled, and commits that before anything is sent, so that it is never
	 * dialled twice. The calling window is checked again now: a callee whose window closed since the
	 * callback became due is not called, and the retry policy takes the attempt ({@code FAILED}).
	 * @return the call to place; empty if the session is not waiting to be dialled (already dialled,
	 * ended, unknown) or the window is closed
	 */
	@Transactional
	public Optional<CallPlan> startDialling(UUID sessionId) {
		Optional<Session> found = sessions.lock(sessionId)
			.filter(session -> session.status() == SessionStatus.CONNECTING && session.isCall()
					&& !session.call().started());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Session session = found.get();
		Instant now = now();
		CallingWindow window = windows.windowFor(session.call().customerPhone(), session.customer().timeZone());
		if (!window.allows(now)) {
			end(session.notReached(AttemptOutcome.FAILED,
					"the customer's calling window (" + window + ") was closed at the moment of dialling", now));
			return Optional.empty();
		}
		Session dialling = session.withCall(session.call().dialling(now));
		sessions.update(dialling);
		Call call = dialling.call();
		return Optional.of(new CallPlan(sessionId, call.order(), call.agentPhone(), call.customerPhone()));
	}

	/** One of the phones rings (or is being dialled); the call state shows which. */
	@Transactional
	public void ringing(UUID sessionId, CallState ringing) {
		move(sessionId, SessionStatus.CONNECTING, session -> session.withCall(session.call().in(ringing)))
			.ifPresent(sessions::update);
	}

	/** Both answered and were connected: {@code SessionConnected}. */
	@Transactional
	public void connected(UUID sessionId) {
		move(sessionId, SessionStatus.CONNECTING, session -> session.withCall(session.call().connected(now())))
			.ifPresent(session -> {
				sessions.update(session);
				announce.connected(session);
			});
	}

	/** Either side hung up a connected call: {@code SessionCompleted} with how long they talked. */
	@Transactional
	public void hungUp(UUID sessionId) {
		move(sessionId, SessionStatus.CONNECTED, session -> session.complete(now())).ifPresent(completed -> {
			sessions.update(completed);
			announce.completed(completed, completed.duration());
		});
	}

	/**
	 * The customer's phone did not take the call (busy, no answer, declined, an invalid number, a
	 * failure): {@code SessionFailed} with the outcome, for the callback's retry policy.
	 */
	@Transactional
	public void customerNotReached(UUID sessionId, AttemptOutcome outcome, String reason) {
		move(sessionId, SessionStatus.CONNECTING, session -> session.notReached(outcome, reason, now()))
			.ifPresent(this::end);
	}

	/** The agent's phone did not take the call: {@code AgentCallMissed}, not an attempt on the customer. */
	@Transactional
	public void agentMissed(UUID sessionId, Integer sipStatus, String reason) {
		move(sessionId, SessionStatus.CONNECTING, session -> session.missed(reason, now())).ifPresent(missed -> {
			sessions.update(missed);
			announce.missed(missed, sipStatus);
		});
	}

	/**
	 * Settles, after a restart, the calls this service's SIP user agent had under way before
	 * {@code restartedAt}, whose SIP dialogs died with the old process. None is dialled again: one
	 * that had started dialling fails {@code INTERRUPTED} (the retry policy decides on a new attempt);
	 * one that was connected is recorded completed, since agent and customer talked (how long is not
	 * known). One never dialled is handed back to be dialled now.
	 * @return the sessions recorded but never dialled
	 */
	@Transactional
	public List<UUID> settleCallsFrom(Instant restartedAt) {
		List<UUID> neverDialled = new ArrayList<>();
		Instant now = now();
		for (Session session : sessions.lockCallsUnderWaySince(restartedAt)) {
			if (session.status() == SessionStatus.CONNECTED) {
				Session completed = session.complete(now);
				sessions.update(completed);
				announce.completed(completed, null);
				log.warn("Session {}: its call was connected when session-service stopped; recorded completed",
						session.id());
			}
			else if (session.call().started()) {
				end(session.notReached(AttemptOutcome.INTERRUPTED,
						"session-service stopped while the call was being set up; it is not dialled again", now));
			}
			else {
				neverDialled.add(session.id());
			}
		}
		return neverDialled;
	}

	/**
	 * An external dialler's step for one of its sessions, once per event: {@code RINGING} moves the
	 * call state, {@code CONNECTED} connects, a final status ends the session as the SIP user agent
	 * would. Steps for sessions it does not place, or after the end, are ignored.
	 */
	@Transactional
	public void on(DialProgressed progress) {
		if (!inbox.firstDelivery(DIAL_PROGRESS, progress)) {
			return;
		}
		Optional<Session> found = sessions.find(progress.sessionId()).filter(s -> s.channel() == Channel.EXTERNAL);
		if (found.isEmpty()) {
			log.info("Ignoring dial progress {} for session {}, which no external dialler places", progress.status(),
					progress.sessionId());
			return;
		}
		UUID id = progress.sessionId();
		String words = progress.reason() == null ? "the dialler reported " + progress.status()
				: "the dialler reported " + progress.status() + ": " + progress.reason();
		switch (progress.status()) {
			case RINGING -> externalRinging(found.get());
			case CONNECTED -> connected(id);
			case COMPLETED -> move(id, SessionStatus.CONNECTED, session -> session.complete(now()))
				.ifPresent(completed -> {
					sessions.update(completed);
					announce.completed(completed, progress.durationMillis() == null ? completed.duration()
							: Duration.ofMillis(progress.durationMillis()));
				});
			case AGENT_MISSED -> agentMissed(id, null, words);
			case BUSY -> customerNotReached(id, AttemptOutcome.BUSY, words);
			case NO_ANSWER -> customerNotReached(id, AttemptOutcome.NO_ANSWER, words);
			case DECLINED -> customerNotReached(id, AttemptOutcome.DECLINED, words);
			case INVALID_NUMBER -> customerNotReached(id, AttemptOutcome.INVALID_NUMBER, words);
			case FAILED -> customerNotReached(id, AttemptOutcome.FAILED, words);
		}
	}

	/** The dialler started: the attempt counts as dialled from now, its first phone ringing. */
	private void externalRinging(Session found) {
		move(found.id(), SessionStatus.CONNECTING,
				session -> session.withCall(session.call().started() ? session.call()
						: session.call().dialling(now())))
			.ifPresent(sessions::update);
	}

	private Optional<Session> move(UUID sessionId, SessionStatus from, UnaryOperator<Session> transition) {
		Optional<Session> locked = sessions.lock(sessionId);
		if (locked.isEmpty() || locked.get().status() != from || !locked.get().isCall()) {
			log.debug("Session {} is {}, not {}: the call's report changes nothing", sessionId,
					locked.map(Session::status).orElse(null), from);
			return Optional.empty();
		}
		return locked.map(transition);
	}

	private void end(Session ended) {
		sessions.update(ended);
		announce.failed(ended);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
