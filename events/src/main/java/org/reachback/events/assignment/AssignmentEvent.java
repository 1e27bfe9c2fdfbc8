package org.reachback.events.assignment;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * interaction-manager's decisions about a callback, on {@code Topics.ASSIGNMENT}, keyed by callback
 * id: a slot is booked (or refused) against capacity; an agent is reserved and offered the callback;
 * on acceptance the callback is assigned to them; a declined or unanswered offer releases them.
 */
public sealed interface AssignmentEvent extends DomainEvent
		permits SlotBooked, SlotRefused, AgentReserved, AgentAssigned, OfferReleased {

	UUID callbackId();

	@Override
	default String aggregateId() {
		return callbackId().toString();
	}

}
