package org.reachback.session.sessions.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.reachback.session.sessions.Session;
import org.reachback.session.sessions.SessionEnded;
import org.reachback.session.sessions.SessionLine;
import org.reachback.session.sessions.SessionStatus;
import org.reachback.session.sessions.TranscriptAppended;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for agent consoles following a session: a {@code line} event per committed
 * transcript line (id = its seq), and {@code ended} when the session stops taking messages. Lines
 * said before a console connected are read with {@code GET .../transcript?after=}. Followers are
 * held in this instance's memory.
 */
@Component
class LiveTranscript {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<UUID, Set<SseEmitter>> followers = new ConcurrentHashMap<>();

	SseEmitter follow(Session session) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		if (!session.isActive()) {
			send(emitter, ended(session.status()));
			emitter.complete();
			return emitter;
		}
		// an early event makes the response start at once, before the first line is said
		send(emitter, SseEmitter.event().comment("following session " + session.id()));
		Set<SseEmitter> emitters = followers.computeIfAbsent(session.id(), id -> ConcurrentHashMap.newKeySet());
		emitters.add(emitter);
		emitter.onCompletion(() -> emitters.remove(emitter));
		emitter.onTimeout(() -> emitters.remove(emitter));
		emitter.onError(ex -> emitters.remove(emitter));
		return emitter;
	}

	@TransactionalEventListener
	void on(TranscriptAppended appended) {
		SessionLine line = appended.line();
		followers.getOrDefault(line.sessionId(), Set.of())
			.forEach(emitter -> send(emitter, SseEmitter.event()
				.id(String.valueOf(line.seq()))
				.name("line")
				.data(SessionViews.TranscriptEntry.of(line), MediaType.APPLICATION_JSON)));
	}

	@TransactionalEventListener
	void on(SessionEnded ended) {
		Set<SseEmitter> emitters = followers.remove(ended.sessionId());
		if (emitters != null) {
			emitters.forEach(emitter -> {
				send(emitter, ended(ended.status()));
				emitter.complete();
			});
		}
	}

	private static SseEmitter.SseEventBuilder ended(SessionStatus status) {
		return SseEmitter.event().name("ended").data(status.name());
	}

	/** A console that went away is dropped; it will reconnect and catch up with {@code ?after=}. */
	private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

}
