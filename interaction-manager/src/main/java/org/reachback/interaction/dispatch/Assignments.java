package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.agent.AgentState;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.session.AgentCallMissed;
import org.reachback.events.session.SessionCompleted;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.AgentStates;
import org.reachback.interaction.queue.QueuesChanged;
import org.reachback.platform.messaging.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of an assignment: the callback is served and its agent, busy on it, is available again
 * (idle from now on); or the agent's phone missed the call, and the callback goes back to the queue
 * while the agent, evidently not at their phone, is set away.
 */
@Service
public class Assignments {

	static final String CONSUMER = "session-lifecycle";

	private static final Logger log = LoggerFactory.getLogger(Assignments.class);

	private final OfferRepository offers;

	private final QueuedCallbackRepository callbacks;

	private final AgentRepository agents;

	private final AgentStates agentStates;

	private final OfferReleases releases;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assignments(OfferRepository offers, QueuedCallbackRepository callbacks, AgentRepository agents,
			AgentStates agentStates, OfferReleases releases, Inbox inbox, ApplicationEventPublisher events,
			Clock clock) {
		this.offers = offers;
		this.callbacks = callbacks;
		this.agents = agents;
		this.agentStates = agentStates;
		this.releases = releases;
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

	/**
	 * The agent's phone did not take the callback they accepted: the offer ends {@code CALL_MISSED},
	 * the callback waits for the next agent ({@code OfferReleased}) and the agent, if busy on it, is
	 * set away, so it is not offered to them again until they are available. A report that is late,
	 * repeated or about an offer that is no longer that agent's accepted one changes nothing.
	 */
	@Transactional
	public void on(AgentCallMissed missed) {
		if (inbox.firstDelivery(CONSUMER, missed)) {
			requeue(missed);
		}
		else {
			log.info("Ignoring AgentCallMissed {} for callback {}: already applied", missed.eventId(),
					missed.callbackId());
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

	/** Takes the locks in the order every change here does: agent, callback, then the offer. */
	private void requeue(AgentCallMissed missed) {
		if (missed.agentId() == null || missed.callbackId() == null || missed.offerId() == null) {
			ignore(missed);
			return;
		}
		Optional<AgentState> state = agents.lock(missed.agentId()).map(Agent::state);
		callbacks.lock(missed.callbackId());
		Optional<Offer> accepted = offers.lockActiveForCallback(missed.callbackId())
			.filter(offer -> offer.status() == Offer.Status.ACCEPTED && offer.id().equals(missed.offerId())
					&& offer.agentId().equals(missed.agentId()));
		if (accepted.isEmpty()) {
			ignore(missed);
			return;
		}
		releases.release(accepted.get(), OfferReleased.Reason.CALL_MISSED);
		if (state.orElse(null) == AgentState.BUSY) {
			agentStates.change(missed.agentId(), AgentState.AWAY);
		}
		log.info("Agent {} missed the call of callback {} ({}, SIP status {}); it waits for the next agent",
				missed.agentId(), missed.callbackId(), missed.reason(), missed.sipStatus());
		events.publishEvent(QueuesChanged.work("agent call missed"));
	}

	private static void ignore(AgentCallMissed missed) {
		log.info("Ignoring AgentCallMissed {}: offer {} of callback {} is not the accepted offer of agent {} (any more)",
				missed.eventId(), missed.offerId(), missed.callbackId(), missed.agentId());
	}

}
