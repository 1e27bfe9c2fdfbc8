package org.reachback.session.sessions;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ticks every {@code reachback.sessions.chat.no-answer-check} and ends the chats whose customer did
 * not reply in time, batch by batch. The deadline is a column, not a timer in memory, so a restart
 * loses none and several instances share them.
 */
@Component
class NoAnswerTimer {

	private final SessionService sessions;

	private final SessionSettings settings;

	private final Clock clock;

	NoAnswerTimer(SessionService sessions, SessionSettings settings, Clock clock) {
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reachback.sessions.chat.no-answer-check:1s}")
	void tick() {
		while (sessions.endUnanswered(clock.instant()) == settings.batchSize()) {
			// a full batch: more may be waiting
		}
	}

}
