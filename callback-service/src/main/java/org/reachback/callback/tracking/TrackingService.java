package org.reachback.callback.tracking;

import java.util.UUID;

import org.reachback.callback.lifecycle.CallbackArrivals;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves callbacks on what other services report. Each event is handled once (inbox); a move the
 * lifecycle does not allow, such as a cancellation of a callback already in progress, is recorded
 * in the history with the reason and nothing is published.
 */
@Service
public class TrackingService {

	static final String CONSUMER = "callback-tracking";

	private static final Logger log = LoggerFactory.getLogger(TrackingService.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackTransitions transitions;

	private final CallbackArrivals arrivals;

	TrackingService(Inbox inbox, Outbox outbox, CallbackTransitions transitions, CallbackArrivals arrivals) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.transitions = transitions;
		this.arrivals = arrivals;
	}

	@Transactional
	public void on(AgentReserved event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			transitions.move(event.callbackId(), CallbackStatus.AGENT_RESERVED,
					"agent " + event.agentId() + " reserved and offered it (offer " + event.offerId() + ")",
					callback -> callback.withAgent(event.agentId(), event.agentName()))
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK,
						new CallbackAgentReserved(UUID.randomUUID(), callback.updatedAt(), callback.id(),
								callback.chatId(), event.agentId(), event.agentName())));
		}
	}

	/**
	 * Back to waiting. interaction-manager keeps it queued, so no new due event is published, but
	 * {@link CallbackAgentReleased} tells the customer's view, which showed the agent.
	 */
	@Transactional
	public void on(OfferReleased event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			transitions.move(event.callbackId(), CallbackStatus.DUE, "offer " + event.offerId() + " to agent "
					+ event.agentId() + " released (" + event.reason() + "); waiting for the next agent",
					callback -> callback.withAgent(null, null))
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackAgentReleased(UUID.randomUUID(),
						callback.updatedAt(), callback.id(), callback.chatId(), event.reason().name())));
		}
	}

	@Transactional
	public void on(SessionConnected event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			transitions.move(event.callbackId(), CallbackStatus.IN_PROGRESS,
					"session " + event.sessionId() + " connected agent " + event.agentId() + " on " + event.channel(),
					callback -> callback.withAgent(event.agentId(), event.agentName()).withSession(event.sessionId()))
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK,
						new CallbackInProgress(UUID.randomUUID(), callback.updatedAt(), callback.id(),
								callback.chatId(), event.sessionId(), event.agentId())));
		}
	}

	@Transactional
	public void on(SessionCompleted event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			transitions.move(event.callbackId(), CallbackStatus.COMPLETED,
					"session " + event.sessionId() + " completed" + SessionDuration.after(event.durationMillis()),
					callback -> callback)
				.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackCompleted(UUID.randomUUID(),
						callback.updatedAt(), callback.id(), callback.chatId(), event.sessionId())));
		}
	}

	/**
	 * Cancels the callback; one whose request has not arrived yet is cancelled as soon as it does
	 * ({@link CallbackArrivals}).
	 */
	@Transactional
	public void on(CallbackCancellationRequested event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		if (!arrivals.cancellationArrived(event.callbackId())) {
			log.info("Callback {}: the customer's cancellation arrived before the request; it is cancelled on arrival",
					event.callbackId());
			return;
		}
		transitions.move(event.callbackId(), CallbackStatus.CANCELLED, CallbackArrivals.CANCELLED_BY_CUSTOMER, callback -> callback)
			.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(),
					callback.updatedAt(), callback.id(), callback.chatId(), CallbackArrivals.CANCELLED_BY_CUSTOMER)));
	}

}
