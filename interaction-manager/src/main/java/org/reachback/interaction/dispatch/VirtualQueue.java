package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.callback.CallbackDue;
import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.queue.QueuesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ValidationException;

/** Due callbacks join the virtual queue; cancelled, expired and failed ones leave it, and erased ones are forgotten. */
@Service
public class VirtualQueue {

	private static final Logger log = LoggerFactory.getLogger(VirtualQueue.class);

	private final QueuedCallbackRepository callbacks;

	private final OfferRepository offers;

	private final OfferReleases releases;

	private final Assignments assignments;

	private final AgentRepository agents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VirtualQueue(QueuedCallbackRepository callbacks, OfferRepository offers, OfferReleases releases,
			Assignments assignments, AgentRepository agents, ApplicationEventPublisher events, Clock clock) {
		this.callbacks = callbacks;
		this.offers = offers;
		this.releases = releases;
		this.assignments = assignments;
		this.agents = agents;
		this.events = events;
		this.clock = clock;
	}

	/** @throws ValidationException if the callback does not say which queue serves it; it is never retried */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(CallbackDue due) {
		if (due.context() == null || due.context().queue() == null || due.context().queue().isBlank()) {
			throw new ValidationException("CallbackDue " + due.eventId() + " has no queue in its context");
		}
		if (callbacks.enqueue(due, clock.instant())) {
			events.publishEvent(QueuesChanged.work("callback due in " + due.context().queue()));
		}
		else {
			log.info("Callback {} (attempt {}) is already in the virtual queue", due.callbackId(), due.attempt());
		}
	}

	/**
	 * The callback will not take place: it leaves the queue, and an agent it was offered to is told
	 * the offer is withdrawn. A callback an agent already accepted is left to its session.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(UUID callbackId) {
		offers.activeForCallback(callbackId).ifPresent(offer -> agents.lock(offer.agentId()));
		callbacks.lock(callbackId).ifPresent(callback -> {
			offers.lockActiveForCallback(callbackId)
				.filter(offer -> offer.status() == Offer.Status.OPEN)
				.ifPresent(offer -> releases.release(offer, OfferReleased.Reason.WITHDRAWN));
			if (callbacks.move(callbackId, QueuedCallback.Status.WAITING, QueuedCallback.Status.WITHDRAWN,
					clock.instant())) {
				events.publishEvent(QueuesChanged.work("callback withdrawn"));
			}
		});
	}

	/** The callbacks of these chats that were ever in the queue. */
	public List<UUID> callbacksOfChats(Collection<UUID> chatIds) {
		return callbacks.idsOfChats(chatIds);
	}

	/**
	 * Forgets these callbacks, whose customer's data is erased: their places in the queue and all
	 * their offers (whose reasons may name the customer) are deleted. An agent who accepted one is
	 * freed first, as at the end of its session, which will never be reported (session-service erases
	 * it); an agent it is offered to just has the offer no more, and nobody is told, since
	 * callback-service erases the callback too. Locks their agents, the callbacks, then their offers,
	 * each in order, as every change here locks agent, callback, then offer.
	 * @return how many rows were deleted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(Collection<UUID> callbackIds) {
		SortedSet<UUID> erased = new TreeSet<>(callbackIds);
		erased.stream()
			.flatMap(callbackId -> offers.activeForCallback(callbackId).stream())
			.map(Offer::agentId)
			.sorted()
			.distinct()
			.forEach(agents::lock);
		erased.forEach(callbacks::lock);
		erased.forEach(callbackId -> offers.lockActiveForCallback(callbackId)
			.filter(offer -> offer.status() == Offer.Status.ACCEPTED)
			.ifPresent(accepted -> assignments.finish(callbackId, accepted.agentId())));
		int rows = offers.deleteOf(callbackIds) + callbacks.delete(callbackIds);
		if (rows > 0) {
			events.publishEvent(QueuesChanged.work("callbacks erased"));
		}
		return rows;
	}

	/** The callback failed: whoever was working on it is free again, and it leaves the queue. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void fail(UUID callbackId) {
		if (offers.activeForCallback(callbackId).filter(offer -> offer.status() == Offer.Status.ACCEPTED).isPresent()) {
			assignments.finish(callbackId, null);
		}
		else {
			withdraw(callbackId);
		}
	}

}
