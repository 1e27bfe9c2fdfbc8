package org.reachback.events.privacy;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * An erasure of customers' personal data asked of every service, published by intent-service on
 * {@code Topics.ERASURE}, keyed by erasure id.
 */
public sealed interface ErasureEvent extends DomainEvent permits PersonalDataErasureRequested {

	UUID erasureId();

	@Override
	default String aggregateId() {
		return erasureId().toString();
	}

}
