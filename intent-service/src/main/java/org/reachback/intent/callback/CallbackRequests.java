package org.reachback.intent.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.intent.chat.Chat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer, one callback: decides, in the transaction that records a callback request, whether
 * it may be recorded. At most one open callback per phone number and brand (a second request is
 * answered with the open one), and at most {@code reachback.callbacks.max-requests-per-number}
 * requests per number and brand in 24 hours. Only the SHA-256 hash of the E.164 number is kept.
 */
@Service
public class CallbackRequests {

	private static final Logger log = LoggerFactory.getLogger(CallbackRequests.class);

	private final CallbackRequestRepository requests;

	private final CallbackRepository callbacks;

	private final CallbackProjection projection;

	private final RequestLimits limits;

	private final Clock clock;

	CallbackRequests(CallbackRequestRepository requests, CallbackRepository callbacks, CallbackProjection projection,
			RequestLimits limits, Clock clock) {
		this.requests = requests;
		this.callbacks = callbacks;
		this.projection = projection;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Records the request unless the number has an open callback with the brand already, in which
	 * case the chat is told so.
	 * @param phone in E.164
	 * @return the open callback the customer should use instead, empty when this one was recorded
	 * @throws TooManyCallbackRequestsException when the number asked too often in the last 24 hours
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<OpenCallback> admit(Chat chat, UUID callbackId, String phone) {
		byte[] number = hash(phone);
		requests.lock(number, chat.brand());
		Optional<CallbackView> open = requests.open(number, chat.brand())
			.filter(id -> !id.equals(callbackId))
			.flatMap(callbacks::find);
		if (open.isPresent()) {
			CallbackView existing = open.get();
			boolean sameChat = existing.chatId().equals(chat.chatId());
			log.info("Chat {} asked for a callback to a number with open callback {}; answering with that one",
					chat.chatId(), existing.callbackId());
			String message = CallbackTexts.alreadyOpen(existing, sameChat, projection.timeZone(chat.chatId()));
			projection.tellAlreadyOpen(chat.chatId(), sameChat ? existing : null, message);
			return Optional.of(new OpenCallback(existing.callbackId(), message));
		}
		Instant now = clock.instant();
		CallbackRequestRepository.Recent recent = requests.since(number, chat.brand(), now.minus(RequestLimits.WINDOW));
		if (recent.requests() >= limits.maxRequestsPerNumber()) {
			Duration retryAfter = Duration.between(now, recent.oldest().plus(RequestLimits.WINDOW));
			log.info("Chat {} asked for a callback to a number that asked {} times in 24 hours; refused",
					chat.chatId(), recent.requests());
			throw new TooManyCallbackRequestsException(limits.maxRequestsPerNumber(), retryAfter);
		}
		requests.insert(callbackId, number, chat.brand(), chat.chatId(), now);
		return Optional.empty();
	}

	/**
	 * The key of a number's callback requests: the SHA-256 hash of its E.164 form, by which an
	 * erasure of the number finds them too.
	 */
	public static byte[] hash(String e164) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(e164.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The number's callback that is still open.
	 * @param message what the customer was told
	 */
	public record OpenCallback(UUID callbackId, String message) {
	}

}
