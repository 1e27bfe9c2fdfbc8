package org.reachback.intent.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Media;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.intent.chat.AgentPresence;
import org.reachback.intent.chat.Chat;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.intent.transcript.CallbackShown;
import org.reachback.intent.transcript.NewEntry;
import org.reachback.intent.transcript.Transcript;
import org.reachback.platform.messaging.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the customer's view of their callbacks and tells the chat about every change the customer
 * should know of (each retry, a refused or booked move, a time held back by the calling window).
 * Callback events of one callback arrive in order (the topic is keyed by callback id), so each
 * simply sets what it reports.
 */
@Service
public class CallbackProjection {

	static final String CONSUMER = "intent-service.callbacks";

	private final CallbackRepository callbacks;

	private final ChatRepository chats;

	private final AgentPresence presence;

	private final Transcript transcript;

	private final Inbox inbox;

	private final Clock clock;

	CallbackProjection(CallbackRepository callbacks, ChatRepository chats, AgentPresence presence,
			Transcript transcript, Inbox inbox, Clock clock) {
		this.callbacks = callbacks;
		this.chats = chats;
		this.presence = presence;
		this.transcript = transcript;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * Records the callback the customer just asked for in their chat, before callback-service has
	 * seen the request. Part of the caller's transaction.
	 *
	 * @param phone in E.164; {@code null} for a callback in the chat without a number
	 * @param media how the customer chose to be called back
	 * @param slot the chosen start, {@code null} for as soon as possible
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requested(UUID chatId, UUID callbackId, String phone, Media media, Instant slot,
			String preferredAgent) {
		if (callbacks.insertRequested(callbackId, chatId, phone, media, slot, preferredAgent, clock.instant())) {
			CallbackView callback = callbacks.find(callbackId).orElseThrow();
			tell(callback, CallbackTexts.describe(callback, timeZone(chatId)));
		}
	}

	/**
	 * Applies a callback event, unless its chat is not kept here: a callback is shown in its chat, and
	 * one of a chat erased must not come back from an event published before the erasure.
	 */
	@Transactional
	public void on(CallbackEvent event) {
		if (!inbox.firstDelivery(CONSUMER, event) || chats.hold(event.chatId()).isEmpty()) {
			return;
		}
		Optional<CallbackView> before = callbacks.find(event.callbackId());
		CallbackView after = callbacks.apply(event.callbackId(), event.chatId(), CallbackChange.of(event));
		if (endsAttemptWithoutConversation(event)) {
			presence.attemptEnded(after.chatId(), after.callbackId());
		}
		CallbackTexts.news(event, before, after, timeZone(after.chatId())).ifPresent(text -> tell(after, text));
	}

	/**
	 * Tells the chat that its request was not booked because the number has an open callback: with
	 * that callback's status when it is this chat's own, as words only when it is another chat's.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void tellAlreadyOpen(UUID chatId, CallbackView ownOpen, String message) {
		transcript.append(chatId, ownOpen == null ? NewEntry.message(Speaker.SYSTEM, null, message)
				: NewEntry.callback(message, shown(ownOpen)));
	}

	/** The agent who joined the chat for this attempt is no longer in it. */
	private static boolean endsAttemptWithoutConversation(CallbackEvent event) {
		return event instanceof CallbackRetryScheduled || event instanceof CallbackFailed
				|| event instanceof CallbackExpired || event instanceof CallbackCancelled;
	}

	private void tell(CallbackView callback, String text) {
		transcript.append(callback.chatId(), NewEntry.callback(text, shown(callback)));
	}

	String timeZone(UUID chatId) {
		return chats.find(chatId).map(Chat::customer).map(customer -> customer.timeZone()).orElse(null);
	}

	static CallbackShown shown(CallbackView callback) {
		return new CallbackShown(callback.callbackId(), callback.status().name(), PhoneMask.mask(callback.phone()),
				callback.mediaOrDefault(), callback.dueAt(), callback.agentName(), callback.problem());
	}

}
