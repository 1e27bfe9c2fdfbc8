package org.reachback.session;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts sessions started, failed and completed per channel, and times completed ones, from the
 * session changes {@link SessionService} announces once they are committed.
 */
@Component
class SessionMetrics {

	private final MeterRegistry registry;

	SessionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener
	void on(Session session) {
		String channel = session.channel() == null ? "NONE" : session.channel().name();
		switch (session.status()) {
			case CONNECTED -> registry.counter("reachback.sessions.started", "channel", channel).increment();
			case FAILED -> registry.counter("reachback.sessions.failed", "channel", channel).increment();
			case COMPLETED -> {
				registry.counter("reachback.sessions.completed", "channel", channel).increment();
				registry.timer("reachback.sessions.duration", "channel", channel).record(session.duration());
			}
		}
	}

}
