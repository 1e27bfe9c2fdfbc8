package org.reachback.chatbot.conversation.messaging;

import org.reachback.chatbot.conversation.ConversationService;
import org.reachback.chatbot.conversation.PromptService;
import org.reachback.events.Topics;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Chat events from intent-service; cancellations are callback-service's business. */
@Component
@KafkaListener(topics = Topics.CHAT)
class ChatListener {

	private final ConversationService conversations;

	private final PromptService prompts;

	ChatListener(ConversationService conversations, PromptService prompts) {
		this.conversations = conversations;
		this.prompts = prompts;
	}

	@KafkaHandler
	void on(ChatStarted event) {
		conversations.start(event);
	}

	@KafkaHandler
	void on(CustomerMessaged event) {
		conversations.message(event);
	}

	@KafkaHandler
	void on(PromptAnswered event) {
		prompts.answer(event);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
		// other chat events are not the bots' business
	}

}
