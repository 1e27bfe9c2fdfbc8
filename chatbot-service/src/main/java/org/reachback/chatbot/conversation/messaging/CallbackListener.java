package org.reachback.chatbot.conversation.messaging;

import org.reachback.chatbot.conversation.CallbackEnding;
import org.reachback.chatbot.conversation.CallbackEndings;
import org.reachback.chatbot.conversation.SlotFullService;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRejected;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Callback lifecycle events from callback-service: a rejected callback is no longer one the customer
 * can cancel or move in the chat, and one rejected because its slot filled gets a new prompt; a
 * callback that ended (completed, cancelled, failed, expired) is one the bot says is over when asked
 * to change it. The rest of a callback's life is told to the customer by intent-service.
 */
@Component
@KafkaListener(topics = Topics.CALLBACK)
class CallbackListener {

	private final SlotFullService slotFull;

	private final CallbackEndings endings;

	CallbackListener(SlotFullService slotFull, CallbackEndings endings) {
		this.slotFull = slotFull;
		this.endings = endings;
	}

	@KafkaHandler
	void on(CallbackRejected event) {
		slotFull.offerOtherSlots(event);
	}

	@KafkaHandler
	void on(CallbackCompleted event) {
		endings.record(event, CallbackEnding.COMPLETED);
	}

	@KafkaHandler
	void on(CallbackCancelled event) {
		endings.record(event, CallbackEnding.CANCELLED);
	}

	@KafkaHandler
	void on(CallbackFailed event) {
		endings.record(event, CallbackEnding.FAILED);
	}

	@KafkaHandler
	void on(CallbackExpired event) {
		endings.record(event, CallbackEnding.EXPIRED);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// the rest of a callback's life is not the bots' business
	}

}
