package org.reachback.session.sessions;

import io.micrometer.core.instrument.MeterRegistry;

import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.SessionConnected;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts sessions started, failed (per outcome), missed by the agent and completed per channel, and
 * times completed ones, once the change has committed: starts from {@link SessionConnected}, ends
 * from {@link SessionEnded}, which carries the channel and the durations that {@code SessionFailed}
 * and {@code SessionCompleted} lack. Voice calls are also counted by outcome
 * ({@code reachback.calls.attempts}, {@code AGENT_MISSED} for a call the agent's phone did not
 * take), with the time from the first dial to both phones answering ({@code reachback.calls.connect.time}).
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
		if (ended.channel() == Channel.VOICE || ended.channel() == Channel.EXTERNAL) {
			String outcome = ended.status() == SessionStatus.MISSED ? "AGENT_MISSED" : ended.outcome().name();
			registry.counter("reachback.calls.attempts", "channel", channel, "outcome", outcome).increment();
			if (ended.timeToConnect() != null) {
				registry.timer("reachback.calls.connect.time", "channel", channel).record(ended.timeToConnect());
			}
		}
		switch (ended.status()) {
			case FAILED -> registry
				.counter("reachback.sessions.failed", "channel", channel, "outcome", ended.outcome().name())
				.increment();
			case MISSED -> registry.counter("reachback.sessions.missed", "channel", channel).increment();
			default -> {
				registry.counter("reachback.sessions.completed", "channel", channel).increment();
				registry.timer("reachback.sessions.duration", "channel", channel).record(ended.duration());
			}
		}
	}

	private static String tag(Channel channel) {
		return channel == null ? "NONE" : channel.name();
	}

}
