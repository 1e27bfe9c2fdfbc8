package org.reachback.chatbot.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads the bots' counters for brand {@link ChatEvents#BRAND}. The registry lives as long as the
 * cached test context, so a test compares a counter with its value before the test's chats.
 */
public final class Meters {

	private final MeterRegistry registry;

	public Meters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** The counter's value, 0 while nothing counted it yet. */
	public double count(String name, String bot, String... tags) {
		Counter counter = registry.find(name).tags("brand", ChatEvents.BRAND, "bot", bot).tags(tags).counter();
		return counter == null ? 0 : counter.count();
	}

}
