package org.reachback.intent.prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.reachback.events.CallbackIds;
import org.reachback.events.CallbackOption;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatNotFoundException;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.callback.CallbackProjection;
import org.reachback.intent.chat.Chat;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.intent.transcript.NewEntry;
import org.reachback.intent.transcript.Transcript;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.PhoneNumbers;
import org.reachback.platform.phone.PhoneNumbers.InvalidPhoneNumberException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the customer's answer to a callback prompt. A prompt is answered once: the answer is
 * published as PromptAnswered exactly once, and repeating the same answer returns the same
 * callback id without publishing again. An answer the customer must correct (a phone number that
 * cannot be called, a slot that was not offered) leaves the prompt open.
 */
@Service
public class PromptAnswers {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

	private final ChatAccess access;

	private final ChatRepository chats;

	private final PromptRepository prompts;

	private final CallbackProjection callbacks;

	private final Transcript transcript;

	private final Outbox outbox;

	private final Clock clock;

	PromptAnswers(ChatAccess access, ChatRepository chats, PromptRepository prompts, CallbackProjection callbacks,
			Transcript transcript, Outbox outbox, Clock clock) {
		this.access = access;
		this.chats = chats;
		this.prompts = prompts;
		this.callbacks = callbacks;
		this.transcript = transcript;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @return the callback's id, or {@code null} when the customer keeps chatting */
	@Transactional
	public UUID answer(UUID chatId, UUID promptId, ChatToken token, Answer answer) {
		access.require(chatId, token);
		Chat chat = chats.find(chatId).orElseThrow(() -> new ChatNotFoundException(chatId));
		Prompt prompt = prompts.lock(promptId)
			.filter(found -> found.chatId().equals(chatId))
			.orElseThrow(() -> AnswerRejectedException.unknownPrompt(promptId));
		CallbackOption option = answer.option().option();
		if (!prompt.options().contains(option)) {
			throw AnswerRejectedException.invalid("This prompt does not offer '" + answer.option().apiName() + "'");
		}
		Instant slot = option == CallbackOption.CALLBACK_SCHEDULED ? offeredSlot(prompt, answer.slot()) : null;
		UUID callbackId = option == CallbackOption.KEEP_CHATTING ? null : CallbackIds.forPrompt(chatId, promptId);
		if (prompt.answered()) {
			if (prompt.answeredWith(option, slot)) {
				return callbackId;
			}
			throw AnswerRejectedException.alreadyAnswered("This prompt was already answered with '"
					+ PromptOption.of(prompt.answeredOption()).apiName() + "'");
		}
		String phone = callbackId == null ? null : callablePhone(answer.phone(), chat);
		prompts.answer(promptId, option, slot, callbackId, clock.instant());
		transcript.append(chatId, NewEntry.message(Speaker.CUSTOMER, chat.customer().name(), say(option, slot, chat)));
		outbox.publish(Topics.CHAT, new PromptAnswered(UUID.randomUUID(), clock.instant(), chatId, promptId, option,
				callbackId, phone, slot, answer.preferredAgent()));
		if (callbackId != null) {
			callbacks.requested(chatId, callbackId, phone, slot, answer.preferredAgent());
		}
		return callbackId;
	}

	private static Instant offeredSlot(Prompt prompt, Instant slot) {
		if (slot == null) {
			throw AnswerRejectedException.invalid("Choose one of the offered slots for a scheduled callback");
		}
		if (!prompt.slots().contains(slot)) {
			throw AnswerRejectedException.invalid("The slot " + slot + " was not offered; choose one of "
					+ prompt.slots());
		}
		return slot;
	}

	/** The number given now, else the one given when the chat started, in E.164. */
	private static String callablePhone(String given, Chat chat) {
		String phone = given == null || given.isBlank() ? chat.customer().phone() : given;
		try {
			return PhoneNumbers.toE164(phone, chat.customer().locale());
		}
		catch (InvalidPhoneNumberException ex) {
			throw AnswerRejectedException.invalid(ex.getMessage());
		}
	}

	private static String say(CallbackOption option, Instant slot, Chat chat) {
		return switch (option) {
			case CALLBACK_ASAP -> "Please call me back as soon as possible.";
			case CALLBACK_SCHEDULED -> "Please call me back at " + WHEN.format(slot.atZone(zone(chat))) + ".";
			case KEEP_CHATTING -> "No callback, thanks; I'll keep chatting.";
		};
	}

	private static ZoneId zone(Chat chat) {
		return chat.customer().timeZone() == null ? ZoneOffset.UTC : ZoneId.of(chat.customer().timeZone());
	}

	/** A validated answer. */
	public record Answer(PromptOption option, String phone, Instant slot, String preferredAgent) {
	}

}
