package org.reachback.session.sessions;

import io.micrometer.core.instrument.MeterRegistry;

import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.SessionConnected;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts sessions started, failed (per outcome) and completed per channel, and times completed ones, once the
 * change has committed: starts from {@link SessionConnected}, ends from {@link SessionEnded}, which
 * carries the channel and the duration that {@code SessionFailed} and {@code SessionCompleted} lack.
 */
@Component
class SessionMetrics {

	private final MeterRegistry registry;

	SessionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener
	void on(SessionConnected connected) {
		registry.counter("reachback.sessions.started", "channel", tag(connected.channel())).increment();
	}

	@TransactionalEventListener
	void on(SessionEnded ended) {
		String channel = tag(ended.channel());
		if (ended.status() == SessionStatus.FAILED) {
			registry.counter("reachback.sessions.failed", "channel", channel, "outcome", ended.outcome().name())
				.increment();
			return;
		}
		registry.counter("reachback.sessions.completed", "channel", channel).increment();
		registry.timer("reachback.sessions.duration", "channel", channel).record(ended.duration());
	}

	private static String tag(Channel channel) {
		return channel == null ? "NONE" : channel.name();
	}

}
