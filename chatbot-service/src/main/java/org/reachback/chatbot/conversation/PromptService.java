package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.events.CallbackContext;
import org.reachback.events.CallbackIds;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interactive callback prompt: shows the customer a callback with the queue's current wait and
 * free slots, and turns the customer's answer into a callback request, once per prompt however often it is
 * answered or delivered.
 */
@Service
public class PromptService {

	static final String KEEP_CHATTING_REPLY = "Sure, what else can I help with?";

	private static final String CONSUMER = "chatbot-service.prompt";

	private static final Logger log = LoggerFactory.getLogger(PromptService.class);

	private final QueueStatusReader queues;

	private final PromptRepository prompts;

	private final ChatRepository chats;

	private final TranscriptRepository transcript;

	private final BotVoice voice;

	private final Inbox inbox;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PromptService(QueueStatusReader queues, PromptRepository prompts, ChatRepository chats,
			TranscriptRepository transcript, BotVoice voice, Inbox inbox, Outbox outbox, ApplicationEventPublisher events,
			Clock clock) {
		this.queues = queues;
		this.prompts = prompts;
		this.chats = chats;
		this.transcript = transcript;
		this.voice = voice;
		this.inbox = inbox;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** Shows a prompt for {@code handover} in the caller's transaction; returns the prompt id. */
	UUID show(Chat chat, Handover handover) {
		QueueOutlook outlook = queues.outlook(handover.queue());
		Prompt prompt = new Prompt(UUID.randomUUID(), chat.chatId(), handover.messageId(), chat.brand(),
				handover.bot(), handover.queue(), handover.intent(), handover.reason(), handover.detail(),
				outlook.estimatedWaitSeconds(), outlook.slots(), clock.instant(), Prompt.Outcome.OPEN);
		String text = PromptText.of(handover.reason(), outlook);
		prompts.add(prompt);
		transcript.add(chat.chatId(),
				new TranscriptLine(prompt.shownAt(), TranscriptLine.Speaker.BOT, prompt.bot(), text));
		outbox.publish(Topics.BOT,
				new CallbackOffered(UUID.randomUUID(), prompt.shownAt(), chat.chatId(), prompt.bot(),
						prompt.promptId(), prompt.messageId(), text, options(outlook), prompt.queue(),
						outlook.estimatedWaitSeconds(), outlook.slots(), prompt.reason(), prompt.reasonDetail()));
		return prompt.promptId();
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
		if (prompts.accept(prompt.promptId(), answer.option(), callbackId, now)) {
			outbox.publish(Topics.BOT, request(prompt, answer, callbackId, now));
			events.publishEvent(PromptResolved.of(prompt, Prompt.Outcome.ACCEPTED));
		}
	}

	private CallbackRequested request(Prompt prompt, PromptAnswered answer, UUID callbackId, Instant now) {
		Chat chat = chats.find(prompt.chatId()).orElseThrow();
		String phone = answer.phone() != null ? answer.phone() : chat.customer().phone();
		CallbackContext context = new CallbackContext(chat.chatId(), chat.brand(), prompt.queue(), phone,
				chat.customer(), prompt.intent(), prompt.reason(), prompt.reasonDetail(), transcript.of(chat.chatId()));
		Instant slot = answer.option() == CallbackOption.CALLBACK_SCHEDULED ? answer.slot() : null;
		return new CallbackRequested(UUID.randomUUID(), now, chat.chatId(), callbackId, prompt.promptId(), slot,
				answer.preferredAgent(), context);
	}

	private static List<CallbackOption> options(QueueOutlook outlook) {
		List<CallbackOption> options = new ArrayList<>(List.of(CallbackOption.CALLBACK_ASAP));
		if (outlook.hasSlots()) {
			options.add(CallbackOption.CALLBACK_SCHEDULED);
		}
		options.add(CallbackOption.KEEP_CHATTING);
		return options;
	}

	/**
	 * Why and where a message is handed over.
	 *
	 * @param messageId the customer message that triggered the handover
	 */
	record Handover(String bot, String queue, UUID messageId, String intent, HandoverReason reason, String detail) {
	}

}
