package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import org.reachback.chatbot.bot.BotCatalog;
import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.chatbot.request.CallbackWish;
import org.reachback.chatbot.request.CallbackWishes;
import org.reachback.events.HandoverReason;

import org.springframework.stereotype.Component;

/**
 * The prompt a handover shows: the queue's current wait and next free slots; or, for a message that
 * asks for a time or an agent ("Can Maria call me tomorrow at 10?"), the free slots nearest to that
 * time, the agent's own if she has any, with the best match as the suggested slot.
 */
@Component
class HandoverPrompts {

	private final QueueStatusReader queues;

	private final CallbackWishes wishes;

	private final SlotOffers slotOffers;

	private final BotCatalog catalog;

	private final PromptOffers offers;

	private final Clock clock;

	HandoverPrompts(QueueStatusReader queues, CallbackWishes wishes, SlotOffers slotOffers, BotCatalog catalog,
			PromptOffers offers, Clock clock) {
		this.queues = queues;
		this.wishes = wishes;
		this.slotOffers = slotOffers;
		this.catalog = catalog;
		this.offers = offers;
		this.clock = clock;
	}

	/** Shows a prompt for {@code handover} in the caller's transaction; returns the prompt id. */
	UUID show(Chat chat, Handover handover) {
		ZoneId zone = wishes.zoneOf(chat.customer());
		Set<String> brandQueues = catalog.queues(chat.brand());
		CallbackWish wish = wishes.read(handover.text(), zone, brandQueues);
		Instant now = clock.instant();
		Prompt prompt;
		String text;
		if (wish.any()) {
			SlotOffer offer = slotOffers.near(wish.time(), wish.agent(), handover.queue(), brandQueues);
			Integer wait = queues.estimatedWait(offer.queue());
			prompt = new Prompt(UUID.randomUUID(), chat.chatId(), handover.messageId(), chat.brand(), handover.bot(),
					offer.queue(), handover.intent(), handover.reason(), handover.detail() + asked(wish), wait,
					offer.slots(), offer.suggestion(), null, now, Prompt.Outcome.OPEN);
			text = PromptText.of(offer, wait, now.atZone(zone));
		}
		else {
			QueueOutlook outlook = queues.outlook(handover.queue());
			prompt = new Prompt(UUID.randomUUID(), chat.chatId(), handover.messageId(), chat.brand(), handover.bot(),
					handover.queue(), handover.intent(), handover.reason(), handover.detail(),
					outlook.estimatedWaitSeconds(), outlook.slots(), Prompt.Suggestion.NONE, null, now,
					Prompt.Outcome.OPEN);
			text = PromptText.of(handover.reason(), outlook);
		}
		offers.show(prompt, text);
		return prompt.promptId();
	}

	/** What the customer asked for, as the agent and operations read it after the reason. */
	private static String asked(CallbackWish wish) {
		StringBuilder asked = new StringBuilder("; the customer asked for");
		if (wish.agent() != null) {
			asked.append(" agent ").append(wish.agent().id());
		}
		if (wish.time() != null) {
			DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
			asked.append(wish.time().exact() ? " at " + iso.format(wish.time().from())
					: " between " + iso.format(wish.time().from()) + " and " + iso.format(wish.time().to()));
			asked.append(" (").append(wish.time().from().getZone()).append(')');
		}
		return asked.toString();
	}

	/**
	 * Why and where a message is handed over.
	 *
	 * @param messageId the customer message that triggered the handover
	 * @param text that message's words, which may ask for a time or an agent
	 */
	record Handover(String bot, String queue, UUID messageId, String intent, HandoverReason reason, String detail,
			String text) {
	}

}
