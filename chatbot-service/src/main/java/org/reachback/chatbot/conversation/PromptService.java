package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reachback.events.CallbackContext;
import org.reachback.events.CallbackIds;
import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's answer to a callback prompt (shown by {@link HandoverPrompts}) becomes a callback
 * request, once per prompt however often it is answered or delivered; a declined prompt gets a reply.
 */
@Service
public class PromptService {

	static final String KEEP_CHATTING_REPLY = "Sure, what else can I help with?";

	private static final String CONSUMER = "chatbot-service.prompt";

	private static final Logger log = LoggerFactory.getLogger(PromptService.class);

	private final PromptRepository prompts;

	private final ChatRepository chats;

	private final TranscriptRepository transcript;

	private final BotVoice voice;

	private final Inbox inbox;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PromptService(PromptRepository prompts, ChatRepository chats, TranscriptRepository transcript, BotVoice voice,
			Inbox inbox, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.prompts = prompts;
		this.chats = chats;
		this.transcript = transcript;
		this.voice = voice;
		this.inbox = inbox;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void answer(PromptAnswered answer) {
		if (!inbox.firstDelivery(CONSUMER, answer)) {
			return;
		}
		Prompt prompt = prompts.find(answer.promptId()).filter(p -> p.chatId().equals(answer.chatId())).orElse(null);
		if (prompt == null) {
			log.warn("Chat {} answered prompt {}, which this service did not show in that chat; ignored",
					answer.chatId(), answer.promptId());
			return;
		}
		Instant now = clock.instant();
		if (answer.option() == CallbackOption.KEEP_CHATTING) {
			if (prompts.decline(prompt.promptId(), now)) {
				voice.reply(prompt.chatId(), prompt.bot(), prompt.messageId(), KEEP_CHATTING_REPLY);
				events.publishEvent(PromptResolved.of(prompt, Prompt.Outcome.DECLINED));
			}
			return;
		}
		// an answer that arrives without an id names the callback the chat API would have named
		UUID callbackId = answer.callbackId() != null ? answer.callbackId()
				: CallbackIds.forPrompt(answer.chatId(), answer.promptId());
		Instant slot = answer.option() == CallbackOption.CALLBACK_SCHEDULED ? answer.slot() : null;
		// the agent the customer asked for, unless the answer names another
		String agent = answer.preferredAgent() != null ? answer.preferredAgent()
				: prompt.suggestion().preferredAgent();
		if (prompts.accept(prompt.promptId(), answer.option(), callbackId, slot, agent, now)) {
			outbox.publish(Topics.BOT, request(prompt, answer, callbackId, slot, agent, now));
			events.publishEvent(PromptResolved.of(prompt, Prompt.Outcome.ACCEPTED));
		}
	}

	private CallbackRequested request(Prompt prompt, PromptAnswered answer, UUID callbackId, Instant slot,
			String agent, Instant now) {
		Chat chat = chats.find(prompt.chatId()).orElseThrow();
		String phone = answer.phone() != null ? answer.phone() : chat.customer().phone();
		// the medium the customer chose; an answer without one is a call when there is a number to call
		CallbackContext context = new CallbackContext(chat.chatId(), chat.brand(), prompt.queue(), phone,
				Media.orDefault(answer.media(), phone), chat.customer(), prompt.intent(), prompt.reason(),
				prompt.reasonDetail(), transcript.of(chat.chatId()));
		return new CallbackRequested(UUID.randomUUID(), now, chat.chatId(), callbackId, prompt.promptId(), slot, agent,
				context);
	}

}
