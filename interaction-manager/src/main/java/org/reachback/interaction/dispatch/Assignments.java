package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.agent.AgentState;
import org.reachback.events.session.SessionCompleted;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.AgentStates;
import org.reachback.interaction.queue.QueuesChanged;
import org.reachback.platform.messaging.Inbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of an assignment: the callback is served and its agent, busy on it, is available again
 * (idle from now on).
 */
@Service
public class Assignments {

	static final String CONSUMER = "session-lifecycle";

	private final OfferRepository offers;

	private final QueuedCallbackRepository callbacks;

	private final AgentRepository agents;

	private final AgentStates agentStates;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assignments(OfferRepository offers, QueuedCallbackRepository callbacks, AgentRepository agents,
			AgentStates agentStates, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
		this.offers = offers;
		this.callbacks = callbacks;
		this.agents = agents;
		this.agentStates = agentStates;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(SessionCompleted completed) {
		if (inbox.firstDelivery(CONSUMER, completed)) {
			finish(completed.callbackId(), completed.agentId());
		}
	}

	/** Closes the callback's assignment (or open offer) and frees the agent who worked on it. */
	@Transactional(propagation = Propagation.MANDATORY)
	void finish(UUID callbackId, String agentId) {
		String agent = agentId != null ? agentId
				: offers.activeForCallback(callbackId).map(Offer::agentId).orElse(null);
		Instant now = clock.instant();
		boolean busy = agent != null && agents.lock(agent).map(Agent::state).orElse(null) == AgentState.BUSY;
		callbacks.lock(callbackId)
			.filter(callback -> callback.status() != QueuedCallback.Status.DONE
					&& callback.status() != QueuedCallback.Status.WITHDRAWN)
			.ifPresent(callback -> callbacks.move(callbackId, callback.status(), QueuedCallback.Status.DONE, now));
		offers.lockActiveForCallback(callbackId).ifPresent(offer -> offers.move(offer.id(), Offer.Status.COMPLETED, now));
		if (busy) {
			agentStates.change(agent, AgentState.AVAILABLE);
		}
		events.publishEvent(QueuesChanged.work("assignment finished"));
	}

}
