package org.reachback.intent.prompt;

import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.intent.transcript.NewEntry;
import org.reachback.intent.transcript.PromptShown;
import org.reachback.intent.transcript.Transcript;
import org.reachback.platform.messaging.Inbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shows what the bots say in the customer's chat, and keeps the prompts they offer to be answered. */
@Service
public class BotConversation {

	static final String CONSUMER = "intent-service.bots";

	private final Inbox inbox;

	private final ChatRepository chats;

	private final PromptRepository prompts;

	private final Transcript transcript;

	private final ApplicationEventPublisher events;

	BotConversation(Inbox inbox, ChatRepository chats, PromptRepository prompts, Transcript transcript,
			ApplicationEventPublisher events) {
		this.inbox = inbox;
		this.chats = chats;
		this.prompts = prompts;
		this.transcript = transcript;
		this.events = events;
	}

	@Transactional
	public void replied(BotReplied reply) {
		if (inbox.firstDelivery(CONSUMER, reply)) {
			transcript.append(reply.chatId(), NewEntry.message(Speaker.BOT, reply.bot(), reply.text()));
		}
	}

	@Transactional
	public void offered(CallbackOffered offer) {
		if (!inbox.firstDelivery(CONSUMER, offer) || chats.hold(offer.chatId()).isEmpty()) {
			return;
		}
		Prompt prompt = new Prompt(offer.promptId(), offer.chatId(), offer.bot(), offer.queue(), offer.options(),
				offer.media(), offer.slots(), null, null, null, null);
		if (prompts.insert(prompt, offer.occurredAt())) {
			PromptShown shown = new PromptShown(offer.promptId(),
					offer.options().stream().map(option -> PromptOption.of(option).apiName()).toList(), offer.media(),
					offer.queue(), offer.estimatedWaitSeconds(), offer.slots(), offer.suggestedSlot(),
					offer.preferredAgent());
			transcript.append(offer.chatId(), NewEntry.prompt(offer.bot(), offer.text(), shown));
			events.publishEvent(new PromptRecorded(offer.chatId(), offer.promptId(), offer.bot()));
		}
	}

}
