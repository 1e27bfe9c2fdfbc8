package org.reachback.interaction.queue;

import java.util.function.ToDoubleFunction;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Gauges per configured queue (tag {@code queue}) from the latest queue status, for Prometheus. */
@Component
class QueueMetrics implements SmartInitializingSingleton {

	private final MeterRegistry registry;

	private final QueueProperties queues;

	private final QueueStatusBoard board;

	QueueMetrics(MeterRegistry registry, QueueProperties queues, QueueStatusBoard board) {
		this.registry = registry;
		this.queues = queues;
		this.board = board;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String queue : queues.names()) {
			gauge("reachback.queue.agents.staffed", "Agents with the skill who are not offline", queue,
					QueueStatus::agentsStaffed, null);
			gauge("reachback.queue.agents.available", "Agents with the skill who are free to take work", queue,
					QueueStatus::agentsAvailable, null);
			gauge("reachback.queue.interactions.waiting", "Platform calls and chats waiting", queue,
					QueueStatus::interactionsWaiting, null);
			gauge("reachback.queue.callbacks.pending", "Due callbacks waiting for an agent", queue,
					QueueStatus::callbacksPending, null);
			gauge("reachback.queue.estimated.wait", "Estimated wait of a newcomer; NaN when nobody is staffed", queue,
					status -> status.estimatedWaitSeconds() == null ? Double.NaN : status.estimatedWaitSeconds(),
					"seconds");
		}
	}

	private void gauge(String name, String description, String queue, ToDoubleFunction<QueueStatus> value,
			String unit) {
		Gauge.builder(name, board, b -> b.of(queue).map(value::applyAsDouble).orElse(Double.NaN))
			.description(description)
			.tag("queue", queue)
			.baseUnit(unit)
			.register(registry);
	}

}
