package org.reachback.intent.admin;

import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.intent.prompt.PromptRecorded;
import org.reachback.intent.prompt.PromptOption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's business counters, derived from the facts it commits: each event is counted once its
 * transaction committed, so a change that rolled back is never counted and no feature measures
 * itself. Tags are bounded by configuration (brands, bots, intents, options).
 */
@Component
class ChatMetrics {

	private final MeterRegistry registry;

	ChatMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener
	void on(ChatStarted event) {
		count("reachback.chats.started", "brand", event.brand(), "bot", event.bot(), "intent", event.intent().name());
	}

	@TransactionalEventListener
	void on(CustomerMessaged event) {
		count("reachback.chat.messages", "brand", event.brand(), "addressee", event.addressee().name());
	}

	@TransactionalEventListener
	void on(PromptRecorded event) {
		count("reachback.prompts.offered", "bot", event.bot());
	}

	@TransactionalEventListener
	void on(PromptAnswered event) {
		count("reachback.prompts.answered", "option", PromptOption.of(event.option()).apiName());
	}

	@TransactionalEventListener
	void on(CallbackCancellationRequested event) {
		count("reachback.callbacks.cancellation.requested");
	}

	@TransactionalEventListener
	void on(CallbackRescheduleRequested event) {
		count("reachback.callbacks.reschedule.requested");
	}

	private void count(String name, String... tags) {
		registry.counter(name, tags).increment();
	}

}
