package org.reachback.chatbot.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.Customer;
import org.reachback.events.IntentMatch;
import org.reachback.events.Media;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;

/** Chat events as intent-service publishes them, for one demo-brand chat (Ada's, unless told whose). */
public final class ChatEvents {

	public static final String BRAND = "acme";

	public static final Customer ADA = new Customer("Ada Lovelace", "+44 20 7946 0958", "Europe/London", "en-GB");

	private final UUID chatId = UUID.randomUUID();

	private final String bot;

	private final Customer customer;

	public ChatEvents(String bot) {
		this(bot, ADA);
	}

	public ChatEvents(String bot, Customer customer) {
		this.bot = bot;
		this.customer = customer;
	}

	public UUID chatId() {
		return chatId;
	}

	public String bot() {
		return bot;
	}

	public ChatStarted started(String text, IntentMatch intent) {
		return new ChatStarted(UUID.randomUUID(), Instant.now(), chatId, BRAND, bot, customer, UUID.randomUUID(), text,
				intent);
	}

	public CustomerMessaged messaged(String text, IntentMatch intent) {
		return messaged(text, intent, CustomerMessaged.Addressee.BOT);
	}

	public CustomerMessaged messaged(String text, IntentMatch intent, CustomerMessaged.Addressee addressee) {
		return new CustomerMessaged(UUID.randomUUID(), Instant.now(), chatId, BRAND, bot, UUID.randomUUID(), text, intent,
				addressee);
	}

	/** An answer without a medium, as intent-service sent it before the customer could choose one. */
	public PromptAnswered answered(UUID promptId, CallbackOption option, String phone, Instant slot,
			String preferredAgent) {
		return answered(promptId, option, phone, slot, preferredAgent, null);
	}

	public PromptAnswered answered(UUID promptId, CallbackOption option, String phone, Instant slot,
			String preferredAgent, Media media) {
		UUID callbackId = option == CallbackOption.KEEP_CHATTING ? null
				: UUID.nameUUIDFromBytes((chatId + ":" + promptId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new PromptAnswered(UUID.randomUUID(), Instant.now(), chatId, promptId, option, callbackId, phone, slot,
				preferredAgent, media);
	}

	public static IntentMatch intent(String name, double confidence) {
		return new IntentMatch(name, confidence, false, false, List.of(new IntentMatch.Candidate(name, confidence)));
	}

	public static IntentMatch outOfScope() {
		return new IntentMatch(IntentMatch.OUT_OF_SCOPE, 0.18, true, false, List.of());
	}

}
