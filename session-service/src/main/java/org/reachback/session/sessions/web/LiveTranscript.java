package org.reachback.session.sessions.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.reachback.platform.messaging.Signals;
import org.reachback.session.sessions.Session;
import org.reachback.session.sessions.SessionEnded;
import org.reachback.session.sessions.SessionLine;
import org.reachback.session.sessions.SessionNotFoundException;
import org.reachback.session.sessions.SessionQueries;
import org.reachback.session.sessions.SessionStatus;
import org.reachback.session.sessions.TranscriptAppended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for agent consoles following a session: a {@code line} event per committed
 * transcript line (id = its seq), and {@code ended} when the session stops taking messages. Lines
 * said before a console connected are read with {@code GET .../transcript?after=}.
 * <p>
 * A console follows its session whichever instance took the line or ended it: both are signalled
 * through the database ({@link Signals}) to every instance, and on a signal each follower here
 * reads the lines after the last it sent, and the session's state. So a line is sent once, in
 * order, and a follower whose instance lost its listening connection catches up once it is back.
 */
@Component
class LiveTranscript implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveTranscript.class);

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** The signal that a session's transcript or state changed, with the session's id. */
	private static final String CHANNEL = "session_transcript";

	private final Map<UUID, Set<Follower>> followers = new ConcurrentHashMap<>();

	private final SessionQueries queries;

	private final Signals signals;

	private final ExecutorService pushes = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "live-transcript");
		thread.setDaemon(true);
		return thread;
	});

	LiveTranscript(SessionQueries queries, Signals signals) {
		this.queries = queries;
		this.signals = signals;
		signals.listen(CHANNEL, new Signals.Listener() {

			@Override
			public void signalled(String sessionId) {
				catchUp(followers.getOrDefault(UUID.fromString(sessionId), Set.of()));
			}

			@Override
			public void missed() {
				followers.values().forEach(LiveTranscript.this::catchUp);
			}

		});
	}

	SseEmitter follow(Session session) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		if (!session.isActive()) {
			send(emitter, ended(session.status()));
			emitter.complete();
			return emitter;
		}
		// an early event makes the response start at once, before the first line is said
		send(emitter, SseEmitter.event().comment("following session " + session.id()));
		List<SessionLine> said = queries.transcript(session.id(), 0);
		Follower follower = new Follower(session.id(), emitter, said.isEmpty() ? 0 : said.get(said.size() - 1).seq());
		followers.computeIfAbsent(session.id(), id -> ConcurrentHashMap.newKeySet()).add(follower);
		emitter.onCompletion(follower::remove);
		emitter.onTimeout(follower::remove);
		emitter.onError(ex -> follower.remove());
		// a line or the end committed while this follower was being added would otherwise wait for the next
		catchUp(Set.of(follower));
		return emitter;
	}

	/** In the transaction that appended: every instance hears of it once it commits. */
	@EventListener
	void on(TranscriptAppended appended) {
		signals.send(CHANNEL, appended.line().sessionId().toString());
	}

	@EventListener
	void on(SessionEnded ended) {
		signals.send(CHANNEL, ended.sessionId().toString());
	}

	private void catchUp(Set<Follower> following) {
		try {
			following.forEach(follower -> pushes.execute(follower::catchUp));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Shutting down; consoles stop following without the latest lines");
		}
	}

	@Override
	public void destroy() {
		pushes.shutdownNow();
	}

	private static SseEmitter.SseEventBuilder ended(SessionStatus status) {
		return SseEmitter.event().name("ended").data(status.name());
	}

	/** A console that went away is dropped; it will reconnect and catch up with {@code ?after=}. */
	private static boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
			return false;
		}
	}

	private final class Follower {

		private final UUID sessionId;

		private final SseEmitter emitter;

		private int lastSent;

		Follower(UUID sessionId, SseEmitter emitter, int lastSent) {
			this.sessionId = sessionId;
			this.emitter = emitter;
			this.lastSent = lastSent;
		}

		/** Sends the lines after the last sent, then {@code ended} if the session has ended. */
		synchronized void catchUp() {
			Session session;
			List<SessionLine> unsent;
			try {
				unsent = queries.transcript(sessionId, lastSent);
				session = queries.find(sessionId);
			}
			catch (DataAccessException ex) {
				// unreadable now: the next signal, or the catch-up after a lost connection, reads it
				log.debug("Session {} unreadable for its followers: {}", sessionId, ex.getMessage());
				return;
			}
			catch (SessionNotFoundException erased) {
				remove();
				emitter.complete();
				return;
			}
			for (SessionLine line : unsent) {
				if (!send(emitter, SseEmitter.event()
					.id(String.valueOf(line.seq()))
					.name("line")
					.data(SessionViews.TranscriptEntry.of(line), MediaType.APPLICATION_JSON))) {
					remove();
					return;
				}
				lastSent = line.seq();
			}
			if (!session.isActive()) {
				remove();
				send(emitter, ended(session.status()));
				emitter.complete();
			}
		}

		void remove() {
			followers.computeIfPresent(sessionId, (id, set) -> {
				set.remove(this);
				return set.isEmpty() ? null : set;
			});
		}

	}

}
