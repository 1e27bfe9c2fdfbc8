package org.reachback.events.assignment;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * Agent reservation for a callback, published by interaction-manager on {@code Topics.ASSIGNMENT},
 * keyed by callback id: an agent is reserved and offered the callback; on acceptance the callback is
 * assigned to them; a declined or unanswered offer releases them.
 */
public sealed interface AssignmentEvent extends DomainEvent permits AgentReserved, AgentAssigned, OfferReleased {

	UUID callbackId();

	@Override
	default String aggregateId() {
		return callbackId().toString();
	}

}
