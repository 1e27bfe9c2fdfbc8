package org.reachback.events.dial;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * Calls session-service hands to a contact centre's own dialler, on {@code Topics.DIAL}, keyed by
 * session id (the attempt's id).
 */
public sealed interface DialEvent extends DomainEvent permits DialRequested {

	UUID sessionId();

	@Override
	default String aggregateId() {
		return sessionId().toString();
	}

}
