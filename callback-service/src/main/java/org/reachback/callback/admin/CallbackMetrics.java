package org.reachback.callback.admin;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.reachback.callback.lifecycle.CallbackStatusChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Callback metrics: {@code reachback.callbacks.outcomes} counts callbacks reaching a final status,
 * tagged {@code outcome}, once the change has committed; {@code reachback.callbacks.pending} gauges
 * the callbacks not yet in progress nor finished.
 */
@Component
class CallbackMetrics {

	private final MeterRegistry registry;

	CallbackMetrics(MeterRegistry registry, CallbackStatisticsRepository statistics) {
		this.registry = registry;
		Gauge.builder("reachback.callbacks.pending", statistics, CallbackStatisticsRepository::pending)
			.description("Callbacks requested, scheduled, due or with an agent reserved")
			.register(registry);
	}

	@TransactionalEventListener
	void on(CallbackStatusChanged change) {
		if (change.to().isTerminal()) {
			registry.counter("reachback.callbacks.outcomes", "outcome", change.to().name().toLowerCase(Locale.ROOT)).increment();
		}
	}

}
