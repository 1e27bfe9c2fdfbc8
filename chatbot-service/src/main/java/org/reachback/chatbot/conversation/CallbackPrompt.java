package org.reachback.chatbot.conversation;

import java.nio.charset.StandardCharsets;
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
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interactive callback prompt: offers a callback with the queue's current wait and free slots,
 * and turns the customer's answer into a callback request, once per prompt however often it is
 * answered or delivered.
 */
@Service
class CallbackPrompt {

	static final String KEEP_CHATTING_REPLY = "Sure, what else can I help with?";

	private static final String CONSUMER = "chatbot-service.prompt";

	private static final Logger log = LoggerFactory.getLogger(CallbackPrompt.class);

	private final QueueStatusReader queues;

	private final OfferRepository offers;

	private final ChatRepository chats;

	private final TranscriptRepository transcript;

	private final BotVoice voice;

	private final Inbox inbox;

	private final Outbox outbox;

	private final BotMetrics metrics;

	private final Clock clock;

	CallbackPrompt(QueueStatusReader queues, OfferRepository offers, ChatRepository chats,
			TranscriptRepository transcript, BotVoice voice, Inbox inbox, Outbox outbox, BotMetrics metrics,
			Clock clock) {
		this.queues = queues;
		this.offers = offers;
		this.chats = chats;
		this.transcript = transcript;
		this.voice = voice;
		this.inbox = inbox;
		this.outbox = outbox;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** Shows a prompt for {@code handover} in the caller's transaction; returns the prompt id. */
	UUID offer(Chat chat, Handover handover) {
		QueueOutlook outlook = queues.outlook(handover.queue());
		Offer offer = new Offer(UUID.randomUUID(), chat.chatId(), handover.messageId(), chat.brand(), handover.bot(),
				handover.queue(), handover.intent(), handover.reason(), handover.detail(),
				outlook.estimatedWaitSeconds(), outlook.slots(), clock.instant(), Offer.Outcome.OPEN);
		String text = OfferText.of(handover.reason(), outlook);
		offers.add(offer);
		transcript.add(chat.chatId(), new TranscriptLine(offer.offeredAt(), TranscriptLine.Speaker.BOT, offer.bot(), text));
		outbox.publish(Topics.BOT,
				new CallbackOffered(UUID.randomUUID(), offer.offeredAt(), chat.chatId(), offer.bot(), offer.promptId(),
						offer.messageId(), text, options(outlook), offer.queue(), outlook.estimatedWaitSeconds(),
						outlook.slots(), offer.reason(), offer.reasonDetail()));
		metrics.offered(offer);
		return offer.promptId();
	}

	@Transactional
	public void answer(PromptAnswered answer) {
		if (!inbox.firstDelivery(CONSUMER, answer)) {
			return;
		}
		Offer offer = offers.find(answer.promptId()).filter(o -> o.chatId().equals(answer.chatId())).orElse(null);
		if (offer == null) {
			log.warn("Chat {} answered prompt {}, which this service did not offer in that chat; ignored",
					answer.chatId(), answer.promptId());
			return;
		}
		Instant now = clock.instant();
		if (answer.option() == CallbackOption.KEEP_CHATTING) {
			if (offers.decline(offer.promptId(), now)) {
				voice.reply(offer.chatId(), offer.bot(), offer.messageId(), KEEP_CHATTING_REPLY);
				metrics.answered(offer, false);
			}
			return;
		}
		UUID callbackId = answer.callbackId() != null ? answer.callbackId() : derivedCallbackId(answer);
		if (offers.accept(offer.promptId(), answer.option(), callbackId, now)) {
			outbox.publish(Topics.BOT, request(offer, answer, callbackId, now));
			metrics.answered(offer, true);
		}
	}

	private CallbackRequested request(Offer offer, PromptAnswered answer, UUID callbackId, Instant now) {
		Chat chat = chats.find(offer.chatId()).orElseThrow();
		String phone = answer.phone() != null ? answer.phone() : chat.customer().phone();
		CallbackContext context = new CallbackContext(chat.chatId(), chat.brand(), offer.queue(), phone,
				chat.customer(), offer.intent(), offer.reason(), offer.reasonDetail(), transcript.of(chat.chatId()));
		Instant slot = answer.option() == CallbackOption.CALLBACK_SCHEDULED ? answer.slot() : null;
		return new CallbackRequested(UUID.randomUUID(), now, chat.chatId(), callbackId, offer.promptId(), slot,
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

	/** The id the chat API would derive, for an answer that arrives without one. */
	private static UUID derivedCallbackId(PromptAnswered answer) {
		return UUID.nameUUIDFromBytes((answer.chatId() + "/" + answer.promptId()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Why and where a message is handed over.
	 *
	 * @param messageId the customer message that triggered the handover
	 */
	record Handover(String bot, String queue, UUID messageId, String intent, HandoverReason reason, String detail) {
	}

}
