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

	private final TimerService timerService;

	private final CallbackSettings settings;

	private final Clock clock;

	CallbackTimer(TimerService timerService, CallbackSettings settings, Clock clock) {
		this.timerService = timerService;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reachback.callbacks.timer-interval:250ms}")
	void tick() {
		while (timerService.makeDue(clock.instant()) == settings.batchSize()) {
			// a full batch: more may be waiting
		}
		while (timerService.expire(clock.instant()) == settings.batchSize()) {
			// a full batch: more may be waiting
		}
	}

}
