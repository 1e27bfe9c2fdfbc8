package org.reachback.events.dial;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * How an external dialler's call for an attempt goes, on {@code Topics.DIAL_PROGRESS}, keyed by
 * session id; published by the contact-centre platform, read by session-service.
 */
public sealed interface DialProgressEvent extends DomainEvent permits DialProgressed {

	UUID sessionId();

	@Override
	default String aggregateId() {
		return sessionId().toString();
	}

}
