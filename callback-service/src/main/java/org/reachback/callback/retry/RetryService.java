package org.reachback.callback.retry;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.session.SessionFailed;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.CallingWindowRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on attempts that ended without a conversation ({@code SessionFailed}, read by its outcome):
 * schedules the next attempt ({@code CallbackRetryScheduled}; the timer makes it due again) or ends
 * the callback ({@code CallbackFailed}, {@code CallbackExpired}), as {@link RetryPolicy} decides.
 * Only a callback in an attempt (due, reserved or in progress) is retried; a late or repeated report
 * for any other is recorded as a refused transition.
 */
@Service
public class RetryService {

	static final String CONSUMER = "callback-retry";

	private static final Logger log = LoggerFactory.getLogger(RetryService.class);

	private static final Set<CallbackStatus> IN_AN_ATTEMPT = EnumSet.of(CallbackStatus.DUE,
			CallbackStatus.AGENT_RESERVED, CallbackStatus.IN_PROGRESS);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackRepository callbacks;

	private final CallbackTransitions transitions;

	private final RetryPolicy policy;

	private final CallingWindowRules windows;

	private final Clock clock;

	RetryService(Inbox inbox, Outbox outbox, CallbackRepository callbacks, CallbackTransitions transitions,
			CallbackSettings settings, CallingWindowRules windows, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.callbacks = callbacks;
		this.transitions = transitions;
		this.policy = new RetryPolicy(settings);
		this.windows = windows;
		this.clock = clock;
	}

	@Transactional
	public void on(SessionFailed event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		Optional<Callback> found = callbacks.lock(event.callbackId());
		if (found.isEmpty()) {
			log.warn("Ignoring the failure of session {} of unknown callback {}", event.sessionId(), event.callbackId());
			return;
		}
		Callback callback = found.get();
		AttemptOutcome outcome = event.outcomeOrFailed();
		String failed = "session " + event.sessionId() + " failed: " + event.reason();
		if (!IN_AN_ATTEMPT.contains(callback.status())) {
			transitions.refuse(callback, CallbackStatus.FAILED,
					failed + "; ignored: a " + callback.status() + " callback is in no attempt");
			return;
		}
		RetryPolicy.Decision decision = policy.decide(callback, outcome,
				windows.windowFor(callback.phone(), callback.customerTimeZone()), clock.instant());
		if (decision instanceof RetryPolicy.Retry retry) {
			transitions.move(callback, CallbackStatus.SCHEDULED, failed + "; " + retry.reason(),
					scheduled -> scheduled.retryAt(retry.dueAt()))
				.ifPresent(scheduled -> outbox.publish(Topics.CALLBACK, new CallbackRetryScheduled(UUID.randomUUID(),
						scheduled.updatedAt(), scheduled.id(), scheduled.chatId(), scheduled.attempt(), outcome,
						scheduled.dueAt(), retry.reason())));
		}
		else if (decision instanceof RetryPolicy.GiveUp giveUp) {
			String reason = failed + "; " + giveUp.reason();
			transitions.move(callback, giveUp.status(), reason, unchanged -> unchanged)
				.ifPresent(ended -> outbox.publish(Topics.CALLBACK, giveUp.status() == CallbackStatus.EXPIRED
						? new CallbackExpired(UUID.randomUUID(), ended.updatedAt(), ended.id(), ended.chatId(), reason)
						: new CallbackFailed(UUID.randomUUID(), ended.updatedAt(), ended.id(), ended.chatId(), reason)));
		}
	}

}
