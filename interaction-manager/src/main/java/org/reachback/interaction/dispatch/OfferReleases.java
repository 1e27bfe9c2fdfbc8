package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.interaction.agent.AgentStateApplied;
import org.reachback.platform.messaging.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an offer that will not serve the callback: an open one the agent declined, let time out or
 * lost, or an accepted one whose call the agent's phone missed. The callback waits again for the
 * next agent and everyone hears {@link OfferReleased}. Callers hold the agent's lock; this takes the
 * callback's, then the offer's, the order every change here follows.
 */
@Component
class OfferReleases {

	private final QueuedCallbackRepository callbacks;

	private final OfferRepository offers;

	private final Outbox outbox;

	private final Clock clock;

	OfferReleases(QueuedCallbackRepository callbacks, OfferRepository offers, Outbox outbox, Clock clock) {
		this.callbacks = callbacks;
		this.offers = offers;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @param offer open, or accepted when its call was missed ({@link OfferReleased.Reason#CALL_MISSED}) */
	@Transactional(propagation = Propagation.MANDATORY)
	void release(Offer offer, OfferReleased.Reason reason) {
		Instant now = clock.instant();
		QueuedCallback.Status callbackStatus = offer.status() == Offer.Status.ACCEPTED ? QueuedCallback.Status.ASSIGNED
				: QueuedCallback.Status.OFFERED;
		offers.move(offer.id(), statusFor(reason), now);
		callbacks.move(offer.callbackId(), callbackStatus, QueuedCallback.Status.WAITING, now);
		outbox.publish(Topics.ASSIGNMENT,
				new OfferReleased(UUID.randomUUID(), now, offer.callbackId(), offer.id(), offer.agentId(), reason));
	}

	/** An agent who stops being available while a callback is offered to them cannot take it. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AgentStateApplied applied) {
		if (applied.current() == AgentState.AVAILABLE) {
			return;
		}
		offers.activeForAgent(applied.agentId())
			.filter(offer -> offer.status() == Offer.Status.OPEN)
			.ifPresent(offer -> {
				callbacks.lock(offer.callbackId());
				offers.lock(offer.id())
					.filter(locked -> locked.status() == Offer.Status.OPEN)
					.ifPresent(locked -> release(locked, OfferReleased.Reason.WITHDRAWN));
			});
	}

	private static Offer.Status statusFor(OfferReleased.Reason reason) {
		return switch (reason) {
			case DECLINED -> Offer.Status.DECLINED;
			case TIMED_OUT -> Offer.Status.TIMED_OUT;
			case WITHDRAWN -> Offer.Status.WITHDRAWN;
			case CALL_MISSED -> Offer.Status.CALL_MISSED;
		};
	}

}
