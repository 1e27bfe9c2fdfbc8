package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reachback.chatbot.bot.BotCatalog;
import org.reachback.chatbot.conversation.PromptRepository.Accepted;
import org.reachback.chatbot.queue.Agent;
import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.chatbot.request.CallbackWishes;
import org.reachback.chatbot.request.RequestedTime;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.platform.messaging.Inbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the slot a customer chose filled before it could be booked (callback-service rejects the
 * callback with {@code slot-full}), the chat gets a new prompt with the free slots nearest to the
 * one refused (the same agent's own first, if the callback asked for one), so the customer can pick
 * another. Offered once per callback, however often the rejection is delivered; other rejections
 * are the customer's to read in the chat, not the bot's to answer. Every rejection is recorded on the
 * prompt, so that the bot no longer takes the rejected callback for one it can cancel or move.
 */
@Service
public class SlotFullService {

	static final String SLOT_FULL = "slot-full";

	private static final String CONSUMER = "chatbot-service.slot-full";

	private static final Logger log = LoggerFactory.getLogger(SlotFullService.class);

	private final PromptRepository prompts;

	private final ChatRepository chats;

	private final SlotOffers slotOffers;

	private final QueueStatusReader queues;

	private final CallbackWishes wishes;

	private final BotCatalog catalog;

	private final PromptOffers offers;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlotFullService(PromptRepository prompts, ChatRepository chats, SlotOffers slotOffers, QueueStatusReader queues,
			CallbackWishes wishes, BotCatalog catalog, PromptOffers offers, Inbox inbox,
			ApplicationEventPublisher events, Clock clock) {
		this.prompts = prompts;
		this.chats = chats;
		this.slotOffers = slotOffers;
		this.queues = queues;
		this.wishes = wishes;
		this.catalog = catalog;
		this.offers = offers;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records every rejection (the customer then has no callback to cancel or move), and answers a
	 * {@code slot-full} one with a new prompt.
	 */
	@Transactional
	public void offerOtherSlots(CallbackRejected rejected) {
		if (!inbox.firstDelivery(CONSUMER, rejected)) {
			return;
		}
		prompts.rejected(rejected.callbackId(), clock.instant());
		if (!SLOT_FULL.equals(rejected.code())) {
			return;
		}
		Optional<Accepted> accepted = prompts.accepted(rejected.callbackId());
		if (accepted.isEmpty()) {
			log.warn("Callback {} was rejected as slot-full, but no prompt of this service asked for it; ignored",
					rejected.callbackId());
			return;
		}
		Prompt refused = accepted.get().prompt();
		Instant now = clock.instant();
		if (!prompts.reoffer(refused.promptId(), now)) {
			return;
		}
		Chat chat = chats.find(refused.chatId()).orElseThrow();
		ZoneId zone = wishes.zoneOf(chat.customer());
		Instant slot = accepted.get().slot() != null ? accepted.get().slot() : now;
		Agent agent = agent(chat, accepted.get().agent());
		SlotOffer offer = slotOffers.near(RequestedTime.at(slot.atZone(zone)), agent, refused.queue(),
				List.of(refused.queue()));
		Integer wait = queues.estimatedWait(offer.queue());
		Prompt prompt = new Prompt(UUID.randomUUID(), chat.chatId(), refused.messageId(), chat.brand(), refused.bot(),
				offer.queue(), refused.intent(), refused.reason(), refused.reasonDetail(), wait, offer.slots(),
				offer.suggestion(), rejected.callbackId(), now, Prompt.Outcome.OPEN);
		offers.show(prompt, PromptText.afterSlotFull(slot, offer, wait, now.atZone(zone)));
		events.publishEvent(PromptReoffered.of(prompt));
	}

	/** The agent the refused callback asked for, as the brand's agents name her now. */
	private Agent agent(Chat chat, String agentId) {
		if (agentId == null) {
			return null;
		}
		return queues.agents(catalog.queues(chat.brand()))
			.stream()
			.filter(agent -> agent.id().equals(agentId))
			.findFirst()
			.orElse(new Agent(agentId, agentId));
	}

}
