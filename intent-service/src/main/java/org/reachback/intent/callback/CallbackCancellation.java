package org.reachback.intent.callback;

import java.time.Clock;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatToken;
import org.reachback.platform.messaging.Outbox;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The customer's reading and cancelling of their own callbacks. Cancelling only asks
 * callback-service, which decides; the answer arrives as CallbackCancelled, or not at all if the
 * call started first. Asking twice asks once.
 */
@Service
public class CallbackCancellation {

	private final CallbackRepository callbacks;

	private final ChatAccess access;

	private final Outbox outbox;

	private final Clock clock;

	CallbackCancellation(CallbackRepository callbacks, ChatAccess access, Outbox outbox, Clock clock) {
		this.callbacks = callbacks;
		this.access = access;
		this.outbox = outbox;
		this.clock = clock;
	}

	public CallbackView read(UUID callbackId, ChatToken token) {
		return callbacks.find(callbackId)
			.filter(callback -> access.permits(callback.chatId(), token))
			.orElseThrow(() -> new CallbackNotFoundException(callbackId));
	}

	@Transactional
	public CallbackView cancel(UUID callbackId, ChatToken token) {
		CallbackView callback = read(callbackId, token);
		if (!callback.status().cancellable()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The callback is "
					+ callback.status().name().toLowerCase().replace('_', ' ') + " and can no longer be cancelled");
			problem.setTitle("Callback cannot be cancelled");
			throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
		}
		if (callbacks.markCancellationRequested(callbackId, clock.instant())) {
			outbox.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), clock.instant(),
					callback.chatId(), callbackId));
		}
		return callback;
	}

}
