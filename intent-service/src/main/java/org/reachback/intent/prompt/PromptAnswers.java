package org.reachback.intent.prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackIds;
import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatNotFoundException;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.availability.Availability;
import org.reachback.intent.callback.CallbackProjection;
import org.reachback.intent.callback.CallbackRequests;
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
 * cannot be called, a call without a number, a slot that is not free) leaves the prompt open, and so
 * does a number that has an open callback already (the answer names that one) or asked too often
 * (429). A callback in the chat needs no number; without one it is not counted against any number.
 */
@Service
public class PromptAnswers {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

	private final ChatAccess access;

	private final ChatRepository chats;

	private final PromptRepository prompts;

	private final CallbackProjection callbacks;

	private final CallbackRequests requests;

	private final Availability availability;

	private final Transcript transcript;

	private final Outbox outbox;

	private final Clock clock;

	PromptAnswers(ChatAccess access, ChatRepository chats, PromptRepository prompts, CallbackProjection callbacks,
			CallbackRequests requests, Availability availability, Transcript transcript, Outbox outbox, Clock clock) {
		this.access = access;
		this.chats = chats;
		this.prompts = prompts;
		this.callbacks = callbacks;
		this.requests = requests;
		this.availability = availability;
		this.transcript = transcript;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return the callback's id ({@code null} when the customer keeps chatting), or the open callback
	 * of the same number and brand, which the answer did not replace
	 * @throws org.springframework.web.ErrorResponseException 429 when the number asked too often
	 */
	@Transactional
	public Answered answer(UUID chatId, UUID promptId, ChatToken token, Answer answer) {
		access.require(chatId, token);
		Chat chat = chats.hold(chatId).orElseThrow(() -> new ChatNotFoundException(chatId));
		Prompt prompt = prompts.lock(promptId)
			.filter(found -> found.chatId().equals(chatId))
			.orElseThrow(() -> AnswerRejectedException.unknownPrompt(promptId));
		CallbackOption option = answer.option().option();
		if (!prompt.options().contains(option)) {
			throw AnswerRejectedException.invalid("option",
					"This prompt does not offer '" + answer.option().apiName() + "'");
		}
		UUID callbackId = option == CallbackOption.KEEP_CHATTING ? null : CallbackIds.forPrompt(chatId, promptId);
		Media chosen = callbackId == null ? null : answer.medium();
		if (prompt.answered()) {
			Instant slot = option == CallbackOption.CALLBACK_SCHEDULED ? answer.slot() : null;
			if (prompt.answeredWith(option, slot, chosen)) {
				return Answered.taken(callbackId);
			}
			throw AnswerRejectedException.alreadyAnswered("This prompt was already answered with '"
					+ PromptOption.of(prompt.answeredOption()).apiName() + "'"
					+ (prompt.answeredMedium() == null ? "" : " by " + prompt.answeredMedium().wire()));
		}
		Instant slot = option == CallbackOption.CALLBACK_SCHEDULED ? freeSlot(prompt, answer) : null;
		Media medium = null;
		String phone = null;
		if (callbackId != null) {
			String given = givenPhone(answer.phone(), chat);
			medium = prompt.medium(chosen, given);
			phone = given == null ? null : callablePhone(given, chat);
		}
		if (phone != null) {
			Optional<CallbackRequests.OpenCallback> open = requests.admit(chat, callbackId, phone);
			if (open.isPresent()) {
				return new Answered(open.get().callbackId(), open.get().message());
			}
		}
		prompts.answer(promptId, option, slot, medium, callbackId, clock.instant());
		transcript.append(chatId,
				NewEntry.message(Speaker.CUSTOMER, chat.customer().name(), say(option, slot, medium, chat)));
		outbox.publish(Topics.CHAT, new PromptAnswered(UUID.randomUUID(), clock.instant(), chatId, promptId, option,
				callbackId, phone, slot, answer.preferredAgent(), medium));
		if (callbackId != null) {
			callbacks.requested(chatId, callbackId, phone, medium, slot, answer.preferredAgent());
		}
		return Answered.taken(callbackId);
	}

	/**
	 * One of the prompt's own slots, or a free one of its queue (or of the preferred agent) as
	 * {@code GET /api/v1/chats/{chatId}/slots} lists them. Capacity is confirmed at booking.
	 */
	private Instant freeSlot(Prompt prompt, Answer answer) {
		Instant slot = answer.slot();
		if (slot == null) {
			throw AnswerRejectedException.invalid("slot", "Choose one of the offered slots for a scheduled callback");
		}
		boolean free = prompt.slots().contains(slot) || availability.offers(prompt.queue(), null, slot)
				|| answer.preferredAgent() != null && availability.offers(prompt.queue(), answer.preferredAgent(), slot);
		if (!free) {
			throw AnswerRejectedException.invalid("slot", "The slot " + slot + " was not offered and is not free; "
					+ "choose one of " + prompt.slots() + " or of GET /api/v1/chats/" + prompt.chatId() + "/slots");
		}
		return slot;
	}

	/** The number given now, else the one given when the chat started, as typed; null if neither. */
	private static String givenPhone(String given, Chat chat) {
		String phone = given == null || given.isBlank() ? chat.customer().phone() : given;
		return phone == null || phone.isBlank() ? null : phone;
	}

	/** The number, in E.164: a number given is checked whatever the medium. */
	private static String callablePhone(String phone, Chat chat) {
		try {
			return PhoneNumbers.toE164(phone, chat.customer().locale());
		}
		catch (InvalidPhoneNumberException ex) {
			throw AnswerRejectedException.invalid("phone", ex.getMessage());
		}
	}

	private static String say(CallbackOption option, Instant slot, Media medium, Chat chat) {
		String callMe = medium == Media.CHAT ? "Please have an agent join me here" : "Please call me back";
		return switch (option) {
			case CALLBACK_ASAP -> callMe + " as soon as possible.";
			case CALLBACK_SCHEDULED -> callMe + " at " + WHEN.format(slot.atZone(zone(chat))) + ".";
			case KEEP_CHATTING -> "No callback, thanks; I'll keep chatting.";
		};
	}

	private static ZoneId zone(Chat chat) {
		return chat.customer().timeZone() == null ? ZoneOffset.UTC : ZoneId.of(chat.customer().timeZone());
	}

	/**
	 * A validated answer.
	 *
	 * @param medium how the customer chose to be called back, {@code null} if they did not say
	 */
	public record Answer(PromptOption option, String phone, Instant slot, String preferredAgent, Media medium) {
	}

	/**
	 * What came of an answer.
	 * @param callbackId the callback asked for, or the open one that stands instead of it
	 * @param openCallbackMessage set, with what the chat was told, when the number's open callback
	 * stands instead of a new one
	 */
	public record Answered(UUID callbackId, String openCallbackMessage) {

		static Answered taken(UUID callbackId) {
			return new Answered(callbackId, null);
		}

		public boolean newRequest() {
			return openCallbackMessage == null;
		}

	}

}
