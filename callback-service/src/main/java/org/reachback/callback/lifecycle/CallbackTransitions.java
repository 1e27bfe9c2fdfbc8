package org.reachback.callback.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a callback changes status: checks the move against {@link CallbackStateMachine},
 * applies it and records it in the history, all in the caller's transaction (which also writes the
 * outgoing event to the outbox). A move the lifecycle does not allow is logged, recorded as refused
 * and otherwise ignored: late or out-of-order events are normal here and must not dead-letter.
 */
@Component
public class CallbackTransitions {

	private static final Logger log = LoggerFactory.getLogger(CallbackTransitions.class);

	private final CallbackRepository callbacks;

	private final TransitionRepository history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallbackTransitions(CallbackRepository callbacks, TransitionRepository history, ApplicationEventPublisher events,
			Clock clock) {
		this.callbacks = callbacks;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a newly requested callback and the first entry of its history.
	 * @return {@code false} if a callback with its id exists already (a repeated request)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean open(Callback requested, String reason) {
		if (!callbacks.insert(requested)) {
			return false;
		}
		history.record(requested.id(),
				new Transition(null, requested.status(), requested.requestedAt(), true, reason));
		return true;
	}

	/**
	 * Locks the callback and moves it to {@code to}, applying {@code change} first.
	 * @return the moved callback, or empty when it is unknown or the move is not allowed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Callback> move(UUID callbackId, CallbackStatus to, String reason, UnaryOperator<Callback> change) {
		Optional<Callback> current = callbacks.lock(callbackId);
		if (current.isEmpty()) {
			log.warn("Ignoring a move to {} of unknown callback {}: {}", to, callbackId, reason);
			return Optional.empty();
		}
		return move(current.get(), to, reason, change);
	}

	/**
	 * Records in the history, as not applied, a change that was asked for and refused although the
	 * lifecycle would allow it (a move to a slot that could not be booked); the callback stays as
	 * it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refuse(Callback locked, CallbackStatus to, String reason) {
		log.info("Callback {}: {}", locked.id(), reason);
		history.record(locked.id(), new Transition(locked.status(), to, clock.instant(), false, reason));
	}

	/**
	 * Changes a locked callback's fields without a change of status and without a history entry,
	 * for what the history need not explain (a slot asked for, which its answer will record).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Callback update(Callback locked, UnaryOperator<Callback> change) {
		Callback changed = change.apply(locked);
		callbacks.update(changed);
		return changed;
	}

	/** Like {@link #move(UUID, CallbackStatus, String, UnaryOperator)} for a callback this transaction holds. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Callback> move(Callback locked, CallbackStatus to, String reason, UnaryOperator<Callback> change) {
		Instant now = clock.instant();
		if (!CallbackStateMachine.allows(locked.status(), to)) {
			String refusal = reason + "; ignored: a " + locked.status() + " callback cannot become " + to;
			log.info("Callback {}: {}", locked.id(), refusal);
			history.record(locked.id(), new Transition(locked.status(), to, now, false, refusal));
			return Optional.empty();
		}
		Callback moved = change.apply(locked).movedTo(to, now);
		callbacks.update(moved);
		history.record(moved.id(), new Transition(locked.status(), to, now, true, reason));
		events.publishEvent(new CallbackStatusChanged(moved.id(), locked.status(), to));
		return Optional.of(moved);
	}

}
