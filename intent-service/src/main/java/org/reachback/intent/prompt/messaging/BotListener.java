package org.reachback.intent.prompt.messaging;

import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.intent.prompt.BotConversation;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Bot replies and callback prompts, on their way to the customer's chat. */
@Component
@KafkaListener(topics = Topics.BOT)
class BotListener {

	private final BotConversation conversation;

	BotListener(BotConversation conversation) {
		this.conversation = conversation;
	}

	@KafkaHandler
	void on(BotReplied reply) {
		conversation.replied(reply);
	}

	@KafkaHandler
	void on(CallbackOffered offer) {
		conversation.offered(offer);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// CallbackRequested: the customer already saw their request when they answered the prompt
	}

}
