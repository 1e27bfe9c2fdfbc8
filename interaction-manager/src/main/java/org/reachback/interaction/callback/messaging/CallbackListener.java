package org.reachback.interaction.callback.messaging;

import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.interaction.callback.CallbackLifecycle;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The callback lifecycle events this service acts on. */
@Component
@KafkaListener(topics = Topics.CALLBACK)
class CallbackListener {

	private final CallbackLifecycle lifecycle;

	CallbackListener(CallbackLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@KafkaHandler
	void on(CallbackSlotRequested requested) {
		lifecycle.on(requested);
	}

	@KafkaHandler
	void on(CallbackScheduled scheduled) {
		lifecycle.on(scheduled);
	}

	@KafkaHandler
	void on(CallbackDue due) {
		lifecycle.on(due);
	}

	@KafkaHandler
	void on(CallbackCancelled cancelled) {
		lifecycle.on(cancelled);
	}

	@KafkaHandler
	void on(CallbackExpired expired) {
		lifecycle.on(expired);
	}

	@KafkaHandler
	void on(CallbackRejected rejected) {
		lifecycle.on(rejected);
	}

	@KafkaHandler
	void on(CallbackFailed failed) {
		lifecycle.on(failed);
	}

	@KafkaHandler
	void on(CallbackRetryScheduled retry) {
		lifecycle.on(retry);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
