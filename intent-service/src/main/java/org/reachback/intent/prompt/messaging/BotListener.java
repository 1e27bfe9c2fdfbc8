package org.reachback.intent.prompt.messaging;

import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.intent.callback.CustomerCallbacks;
import org.reachback.intent.prompt.BotConversation;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Bot replies and callback prompts, on their way to the customer's chat, and the changes to their
 * callback a customer told the bot to make, carried out as the API carries them out.
 */
@Component
@KafkaListener(topics = Topics.BOT)
class BotListener {

	private final BotConversation conversation;

	private final CustomerCallbacks callbacks;

	BotListener(BotConversation conversation, CustomerCallbacks callbacks) {
		this.conversation = conversation;
		this.callbacks = callbacks;
	}

	@KafkaHandler
	void on(BotReplied reply) {
		conversation.replied(reply);
	}

	@KafkaHandler
	void on(CallbackOffered offer) {
		conversation.offered(offer);
	}

	@KafkaHandler
	void on(CallbackChangeRequested change) {
		callbacks.change(change);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// CallbackRequested: the customer already saw their request when they answered the prompt
	}

}
