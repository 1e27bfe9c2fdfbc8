package org.reachback.intent.callback;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The customer's reading, cancelling and moving of their own callback, with their chat's token or
 * the callback's signed link, or by telling the bot in the chat (which publishes
 * CallbackChangeRequested). Cancelling and moving only ask callback-service, which decides: the
 * answer arrives as CallbackCancelled, CallbackScheduled (the move is booked) or
 * CallbackRescheduleRefused (the callback keeps its time). Asking the same twice asks once.
 */
@Service
public class CustomerCallbacks {

	static final String CONSUMER = "intent-service.callback-changes";

	private static final Logger log = LoggerFactory.getLogger(CustomerCallbacks.class);

	private final CallbackRepository callbacks;

	private final ChatAccess access;

	private final ChatRepository chats;

	private final CallbackLinks links;

	private final Inbox inbox;

	private final Outbox outbox;

	private final Clock clock;

	CustomerCallbacks(CallbackRepository callbacks, ChatAccess access, ChatRepository chats, CallbackLinks links,
			Inbox inbox, Outbox outbox, Clock clock) {
		this.callbacks = callbacks;
		this.access = access;
		this.chats = chats;
		this.links = links;
		this.inbox = inbox;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @throws CallbackNotFoundException unless the callback was asked for in the token's chat */
	public CallbackView read(UUID callbackId, ChatToken token) {
		return callbacks.find(callbackId)
			.filter(callback -> access.permits(callback.chatId(), token))
			.orElseThrow(() -> new CallbackNotFoundException(callbackId));
	}

	/** @throws CallbackLinkNotFoundException for a link that is malformed, tampered with or expired */
	public CallbackView read(String linkToken) {
		return links.verify(linkToken)
			.flatMap(link -> callbacks.find(link.callbackId()).filter(found -> found.chatId().equals(link.chatId())))
			.orElseThrow(CallbackLinkNotFoundException::new);
	}

	/** A fresh link to the callback, for whoever may read it already. */
	public URI manageUrl(CallbackView callback) {
		return links.issue(callback.callbackId(), callback.chatId());
	}

	/** The link of a token that was just verified, handed back as it is rather than renewed. */
	public URI manageUrl(String linkToken) {
		return links.url(linkToken);
	}

	/**
	 * The time zone the customer gave when the chat started, so that a page without the chat shows
	 * the callback's times as the chat does; {@code null} when they gave none.
	 */
	public String timeZone(CallbackView callback) {
		return chats.find(callback.chatId()).map(chat -> chat.customer().timeZone()).orElse(null);
	}

	@Transactional
	public CallbackView cancel(UUID callbackId, ChatToken token) {
		return cancel(read(callbackId, token));
	}

	@Transactional
	public CallbackView cancel(String linkToken) {
		return cancel(read(linkToken));
	}

	@Transactional
	public CallbackView reschedule(UUID callbackId, ChatToken token, Instant slot) {
		return reschedule(read(callbackId, token), slot);
	}

	@Transactional
	public CallbackView reschedule(String linkToken, Instant slot) {
		return reschedule(read(linkToken), slot);
	}

	/**
	 * The customer told the bot to cancel or move their callback: done as the API does it, once per
	 * event. The bot has answered the customer already, so a change that is not possible (another
	 * chat's callback, a callback that is over or whose call started, a slot no longer in the
	 * future) is logged and ignored rather than refused.
	 */
	@Transactional
	public void change(CallbackChangeRequested change) {
		if (!inbox.firstDelivery(CONSUMER, change)) {
			return;
		}
		Optional<CallbackView> found = callbacks.find(change.callbackId())
			.filter(callback -> callback.chatId().equals(change.chatId()));
		if (found.isEmpty()) {
			log.warn("Chat {} asked the bot to change callback {}, which is not one of the chat's; ignored",
					change.chatId(), change.callbackId());
			return;
		}
		CallbackView callback = found.get();
		Optional<String> impossible = change.cancellation() ? whyNot(callback, "cancelled")
				: change.slot().isAfter(clock.instant()) ? whyNot(callback, "moved")
						: Optional.of(notInTheFuture(change.slot()));
		if (impossible.isPresent()) {
			log.info("Chat {} asked the bot to {} callback {}, which is not possible: {}; ignored", change.chatId(),
					change.cancellation() ? "cancel" : "move", callback.callbackId(), impossible.get());
			return;
		}
		if (change.cancellation()) {
			requestCancellation(callback);
		}
		else {
			requestMove(callback, change.slot());
		}
	}

	private CallbackView cancel(CallbackView callback) {
		whyNot(callback, "cancelled").ifPresent(why -> {
			throw problem(HttpStatus.CONFLICT, "Callback cannot be cancelled", why);
		});
		requestCancellation(callback);
		return callback;
	}

	/**
	 * Asks to move the callback; it keeps its booking until the new one is confirmed.
	 * @throws ErrorResponseException 400 for a slot that is not in the future, 409 once the call
	 * started or the callback is over
	 */
	private CallbackView reschedule(CallbackView callback, Instant slot) {
		if (!slot.isAfter(clock.instant())) {
			throw problem(HttpStatus.BAD_REQUEST, "Invalid slot", notInTheFuture(slot));
		}
		whyNot(callback, "moved").ifPresent(why -> {
			throw problem(HttpStatus.CONFLICT, "Callback cannot be moved", why);
		});
		requestMove(callback, slot);
		return callbacks.find(callback.callbackId()).orElseThrow();
	}

	private void requestCancellation(CallbackView callback) {
		Instant now = clock.instant();
		if (callbacks.markCancellationRequested(callback.callbackId(), now)) {
			outbox.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), now, callback.chatId(),
					callback.callbackId()));
		}
	}

	private void requestMove(CallbackView callback, Instant slot) {
		Instant now = clock.instant();
		if (callbacks.markRescheduleRequested(callback.callbackId(), slot, now)) {
			outbox.publish(Topics.CHAT, new CallbackRescheduleRequested(UUID.randomUUID(), now, callback.chatId(),
					callback.callbackId(), slot));
		}
	}

	/** Why the callback can no longer be {@code changed} ("cancelled", "moved"): its call started, or it is over. */
	private static Optional<String> whyNot(CallbackView callback, String changed) {
		return callback.status().cancellable() ? Optional.empty()
				: Optional.of("The callback is " + callback.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
						+ " and can no longer be " + changed);
	}

	private static String notInTheFuture(Instant slot) {
		return "The slot " + slot + " is not in the future";
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
