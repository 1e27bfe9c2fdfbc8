package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.interaction.agent.Agent;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.agent.AgentStates;
import org.reachback.interaction.queue.QueuesChanged;
import org.reachback.platform.messaging.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * An agent's answers to offers, and offers nobody answered. Every change locks the agent, then the
 * callback, then the offer, and re-checks the offer is still open under those locks, so an answer
 * racing the timeout (or a second click) resolves to exactly one outcome.
 */
@Service
public class OfferService {

	private final OfferRepository offers;

	private final QueuedCallbackRepository callbacks;

	private final OfferReleases releases;

	private final AgentRepository agents;

	private final AgentStates agentStates;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final ObservationRegistry observations;

	private final Clock clock;

	OfferService(OfferRepository offers, QueuedCallbackRepository callbacks, OfferReleases releases,
			AgentRepository agents, AgentStates agentStates, Outbox outbox, ApplicationEventPublisher events,
			ObservationRegistry observations, Clock clock) {
		this.offers = offers;
		this.callbacks = callbacks;
		this.releases = releases;
		this.agents = agents;
		this.agentStates = agentStates;
		this.outbox = outbox;
		this.events = events;
		this.observations = observations;
		this.clock = clock;
	}

	/**
	 * The offered agent takes the callback: they become busy on it and it is assigned to them on its
	 * medium, with their phone for a voice callback to ring (session-service fails a voice session
	 * for an agent without one).
	 * @throws OfferRefusedException if the offer is unknown, someone else's, or no longer open
	 */
	@Transactional
	public OfferView accept(UUID offerId, String agentId) {
		Offer offer = lockOpen(offerId, agentId);
		Instant now = clock.instant();
		offers.move(offer.id(), Offer.Status.ACCEPTED, now);
		callbacks.move(offer.callbackId(), QueuedCallback.Status.OFFERED, QueuedCallback.Status.ASSIGNED, now);
		QueuedCallback callback = callbacks.find(offer.callbackId()).orElseThrow();
		Optional<Agent> agent = agents.find(agentId);
		outbox.publish(Topics.ASSIGNMENT, new AgentAssigned(UUID.randomUUID(), now, offer.callbackId(), offer.id(),
				agentId, agent.map(Agent::name).orElse(agentId), channelFor(callback.context()), callback.context(),
				agent.map(Agent::phone).orElse(null)));
		agentStates.change(agentId, AgentState.BUSY);
		events.publishEvent(QueuesChanged.work("offer accepted"));
		return OfferView.of(offers.find(offerId).orElseThrow(), callback);
	}

	/**
	 * The offered agent turns the callback down: they stay available, and the callback goes to the
	 * next agent (never back to them).
	 * @throws OfferRefusedException if the offer is unknown, someone else's, or no longer open
	 */
	@Transactional
	public OfferView decline(UUID offerId, String agentId) {
		Offer offer = lockOpen(offerId, agentId);
		releases.release(offer, OfferReleased.Reason.DECLINED);
		events.publishEvent(QueuesChanged.work("offer declined"));
		return OfferView.of(offers.find(offerId).orElseThrow(), callbacks.find(offer.callbackId()).orElseThrow());
	}

	/**
	 * Times out the open offer that expired first, if there is one nobody else holds: the callback
	 * goes to the next agent and the agent, evidently not at their desk, is set away. The offer is
	 * claimed {@code FOR UPDATE SKIP LOCKED} in this transaction, so instances polling at once each
	 * time out a different offer, and one an agent is answering right now is left to that answer.
	 * @return the offer timed out, or empty when none is due
	 */
	@Transactional
	public Optional<UUID> timeOutFirstExpired() {
		Optional<Offer> expired = offers.lockFirstExpired(clock.instant());
		expired.ifPresent(offer -> Observation.createNotStarted("reachback.offer.timeout", observations)
			.observe(() -> timeOut(offer)));
		return expired.map(Offer::id);
	}

	/** Open offers of an agent, with the callbacks' context. */
	public List<OfferView> openOffersOf(String agentId) {
		return viewsOf(agentId, Offer.Status.OPEN);
	}

	/** The callback an agent accepted and is working on, if any. */
	public Optional<OfferView> assignmentOf(String agentId) {
		return viewsOf(agentId, Offer.Status.ACCEPTED).stream().findFirst();
	}

	private static AgentAssigned.Channel channelFor(CallbackContext context) {
		return context.mediaOrDefault() == Media.VOICE ? AgentAssigned.Channel.VOICE : AgentAssigned.Channel.CHAT;
	}

	private void timeOut(Offer offer) {
		releases.release(offer, OfferReleased.Reason.TIMED_OUT);
		agentStates.change(offer.agentId(), AgentState.AWAY);
		events.publishEvent(QueuesChanged.work("offer timed out"));
	}

	private List<OfferView> viewsOf(String agentId, Offer.Status status) {
		return offers.ofAgent(agentId, status)
			.stream()
			.flatMap(offer -> callbacks.find(offer.callbackId()).map(callback -> OfferView.of(offer, callback)).stream())
			.toList();
	}

	private Offer lockOpen(UUID offerId, String agentId) {
		Offer offer = offers.find(offerId)
			.orElseThrow(() -> new OfferRefusedException(OfferRefusedException.Reason.NOT_FOUND,
					"No offer " + offerId));
		if (!offer.agentId().equals(agentId)) {
			throw new OfferRefusedException(OfferRefusedException.Reason.NOT_YOURS,
					"Offer " + offerId + " was made to another agent");
		}
		// deleted meanwhile, its customer's data erased: as unknown as an offer never made
		Offer locked = lock(offer).orElseThrow(() -> new OfferRefusedException(OfferRefusedException.Reason.NOT_FOUND,
				"No offer " + offerId));
		if (locked.status() != Offer.Status.OPEN) {
			throw new OfferRefusedException(OfferRefusedException.Reason.NO_LONGER_OPEN,
					"Offer " + offerId + " is " + locked.status() + ", no longer open");
		}
		if (!clock.instant().isBefore(locked.expiresAt())) {
			throw new OfferRefusedException(OfferRefusedException.Reason.NO_LONGER_OPEN,
					"Offer " + offerId + " expired at " + locked.expiresAt());
		}
		return locked;
	}

	private Optional<Offer> lock(Offer offer) {
		agents.lock(offer.agentId());
		callbacks.lock(offer.callbackId());
		return offers.lock(offer.id());
	}

}
