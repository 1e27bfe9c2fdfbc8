package org.reachback.callback.timer;

import java.time.Clock;

import org.reachback.callback.CallbackSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ticks every {@code reachback.callbacks.timer-interval} and drains whatever became due or expired,
 * batch by batch. Spring observes every tick as the {@code tasks.scheduled.execution} timer
 * (tagged {@code code.function=tick}).
 */
@Component
class CallbackTimer {

	private final DueCallbacks dueCallbacks;

	private final CallbackSettings settings;

	private final Clock clock;

	CallbackTimer(DueCallbacks dueCallbacks, CallbackSettings settings, Clock clock) {
		this.dueCallbacks = dueCallbacks;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reachback.callbacks.timer-interval:250ms}")
	void tick() {
		while (dueCallbacks.makeDue(clock.instant()) == settings.batchSize()) {
			// a full batch: more may be waiting
		}
		while (dueCallbacks.expire(clock.instant()) == settings.batchSize()) {
			// a full batch: more may be waiting
		}
	}

}
