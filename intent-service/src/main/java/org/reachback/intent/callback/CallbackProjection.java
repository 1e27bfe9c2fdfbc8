package org.reachback.intent.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.callback.CallbackEvent;
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
 * Keeps the customer's view of their callbacks and tells the chat about every change. Callback
 * events of one callback arrive in order (the topic is keyed by callback id), so each simply sets
 * the status it reports.
 */
@Service
public class CallbackProjection {

	static final String CONSUMER = "intent-service.callbacks";

	private final CallbackRepository callbacks;

	private final ChatRepository chats;

	private final Transcript transcript;

	private final Inbox inbox;

	private final Clock clock;

	CallbackProjection(CallbackRepository callbacks, ChatRepository chats, Transcript transcript, Inbox inbox,
			Clock clock) {
		this.callbacks = callbacks;
		this.chats = chats;
		this.transcript = transcript;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * Records the callback the customer just asked for in their chat, before callback-service has
	 * seen the request. Part of the caller's transaction.
	 *
	 * @param slot the chosen start, {@code null} for as soon as possible
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requested(UUID chatId, UUID callbackId, String phone, Instant slot, String preferredAgent) {
		if (callbacks.insertRequested(callbackId, chatId, phone, slot, preferredAgent, clock.instant())) {
			tell(callbacks.find(callbackId).orElseThrow());
		}
	}

	@Transactional
	public void on(CallbackEvent event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			tell(callbacks.apply(event.callbackId(), event.chatId(), CallbackChange.of(event)));
		}
	}

	private void tell(CallbackView callback) {
		String timeZone = chats.find(callback.chatId()).map(Chat::customer).map(c -> c.timeZone()).orElse(null);
		transcript.append(callback.chatId(),
				NewEntry.callback(CallbackTexts.describe(callback, timeZone), shown(callback)));
	}

	static CallbackShown shown(CallbackView callback) {
		return new CallbackShown(callback.callbackId(), callback.status().name(), PhoneMask.mask(callback.phone()),
				callback.dueAt(), callback.agentName(), callback.problem());
	}

}
