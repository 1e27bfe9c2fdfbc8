package org.reachback.callback.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.CallingWindowRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One batch of timer work per transaction: the callbacks are locked, moved and their events written
 * to the outbox together, so a crash either publishes nothing or everything for a callback.
 */
@Service
class TimerService {

	private final CallbackRepository callbacks;

	private final CallbackTransitions transitions;

	private final Outbox outbox;

	private final CallbackSettings settings;

	private final StartWindow startWindow;

	TimerService(CallbackRepository callbacks, CallbackTransitions transitions, Outbox outbox,
			CallbackSettings settings, CallingWindowRules windows) {
		this.callbacks = callbacks;
		this.transitions = transitions;
		this.outbox = outbox;
		this.settings = settings;
		this.startWindow = new StartWindow(windows);
	}

	/**
	 * Makes scheduled callbacks due whose due time has come, if the callee's calling window is open
	 * now; one that is closed moves the callback to its opening ({@code CallbackScheduled} with the
	 * new due time), and a window that never opens fails the callback.
	 * @return how many were found
	 */
	@Transactional
	int makeDue(Instant now) {
		var due = callbacks.lockDue(CallbackStatus.SCHEDULED, now, settings.batchSize());
		for (Callback callback : due) {
			StartWindow.Decision decision = startWindow.decide(callback, now);
			if (decision instanceof StartWindow.Defer defer) {
				transitions.move(callback, CallbackStatus.SCHEDULED, defer.reason(), later -> later.deferredTo(defer.at()))
					.ifPresent(later -> outbox.publish(Topics.CALLBACK, later.toScheduled()));
			}
			else if (decision instanceof StartWindow.Never never) {
				transitions.move(callback, CallbackStatus.FAILED, never.reason(), unchanged -> unchanged)
					.ifPresent(failed -> outbox.publish(Topics.CALLBACK, new CallbackFailed(UUID.randomUUID(),
							failed.updatedAt(), failed.id(), failed.chatId(), never.reason())));
			}
			else {
				transitions.move(callback, CallbackStatus.DUE, "due time " + callback.dueAt() + " reached",
						Callback::nextAttempt)
					.ifPresent(moved -> outbox.publish(Topics.CALLBACK,
							new CallbackDue(UUID.randomUUID(), moved.updatedAt(), moved.id(), moved.chatId(),
									moved.attempt(), moved.preferredAgent(), moved.context())));
			}
		}
		return due.size();
	}

	/**
	 * Expires due callbacks still waiting {@code expire-after} past their due time.
	 * @return how many were found
	 */
	@Transactional
	int expire(Instant now) {
		Duration limit = settings.expireAfter();
		var unserved = callbacks.lockDue(CallbackStatus.DUE, now.minus(limit), settings.batchSize());
		for (Callback callback : unserved) {
			String reason = "no agent was free within " + limit.toMinutes() + " minutes of the due time";
			transitions.move(callback, CallbackStatus.EXPIRED, reason, c -> c)
				.ifPresent(expired -> outbox.publish(Topics.CALLBACK, new CallbackExpired(UUID.randomUUID(),
						expired.updatedAt(), expired.id(), expired.chatId(), reason)));
		}
		return unserved.size();
	}

}
