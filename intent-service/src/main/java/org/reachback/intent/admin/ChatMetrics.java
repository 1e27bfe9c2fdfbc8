package org.reachback.intent.admin;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's domain counters, in one place so that features name what happened and not how it
 * is measured. Tags are bounded by configuration (brands, bots, intents, options).
 */
@Component
public class ChatMetrics {

	private final MeterRegistry registry;

	ChatMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void chatStarted(String brand, String bot, String intent) {
		registry.counter("reachback.chats.started", "brand", brand, "bot", bot, "intent", intent).increment();
	}

	public void customerMessaged(String brand, String addressee) {
		registry.counter("reachback.chat.messages", "brand", brand, "addressee", addressee).increment();
	}

	public void promptOffered(String bot) {
		registry.counter("reachback.prompts.offered", "bot", bot).increment();
	}

	public void promptAnswered(String option) {
		registry.counter("reachback.prompts.answered", "option", option).increment();
	}

	public void cancellationRequested() {
		registry.counter("reachback.callbacks.cancellation.requested").increment();
	}

}
