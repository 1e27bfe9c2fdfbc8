package org.reachback.intent.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Customer;
import org.reachback.events.IntentMatch;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.CustomerMessaged.Addressee;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatNotFoundException;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.analysis.IntentAnalysis;
import org.reachback.intent.transcript.NewEntry;
import org.reachback.intent.transcript.Transcript;
import org.reachback.platform.messaging.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens chats and takes the customer's messages, publishing both on the chat topic. */
@Service
public class ChatService {

	private final ChatAccess access;

	private final IntentAnalysis analysis;

	private final ChatRepository chats;

	private final Transcript transcript;

	private final Outbox outbox;

	private final Clock clock;

	ChatService(ChatAccess access, IntentAnalysis analysis, ChatRepository chats, Transcript transcript, Outbox outbox,
			Clock clock) {
		this.access = access;
		this.analysis = analysis;
		this.chats = chats;
		this.transcript = transcript;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @throws org.reachback.intent.analysis.UnknownBrandException for a brand not configured */
	@Transactional
	public OpenedChat start(String brand, String message, Customer customer) {
		IntentAnalysis.Analysis result = analysis.analyseFirstMessage(brand, message);
		ChatToken token = ChatToken.random();
		Instant now = clock.instant();
		Chat chat = new Chat(UUID.randomUUID(), brand, result.bot(), customer, null, null, null, now);
		chats.insert(chat, token.hash());
		transcript.append(chat.chatId(), NewEntry.message(Speaker.CUSTOMER, customer.name(), message));
		UUID messageId = UUID.randomUUID();
		outbox.publish(Topics.CHAT, new ChatStarted(UUID.randomUUID(), now, chat.chatId(), brand, result.bot(),
				customer, messageId, message, result.intent()));
		return new OpenedChat(chat, token, result.intent());
	}

	/**
	 * Classifies and forwards a message: to the agent while one is in the chat, else to the bot.
	 * The chat row stays locked until commit, so a message and an agent joining are ordered.
	 */
	@Transactional
	public UUID post(UUID chatId, ChatToken token, String text) {
		access.require(chatId, token);
		Chat chat = chats.lock(chatId).orElseThrow(() -> new ChatNotFoundException(chatId));
		IntentMatch intent = analysis.classify(chat.brand(), text);
		Addressee addressee = chat.agentPresent() ? Addressee.AGENT : Addressee.BOT;
		transcript.append(chatId, NewEntry.message(Speaker.CUSTOMER, chat.customer().name(), text));
		UUID messageId = UUID.randomUUID();
		outbox.publish(Topics.CHAT, new CustomerMessaged(UUID.randomUUID(), clock.instant(), chatId, chat.brand(),
				chat.bot(), messageId, text, intent, addressee));
		return messageId;
	}

	public record OpenedChat(Chat chat, ChatToken token, IntentMatch intent) {
	}

}
