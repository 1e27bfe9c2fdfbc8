package org.reachback.events.privacy;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * A service's answer to an erasure, published by each service that keeps customers' data on
 * {@code Topics.ERASED}, keyed by erasure id, for intent-service, which asked.
 */
public sealed interface ErasedEvent extends DomainEvent permits PersonalDataErased {

	UUID erasureId();

	@Override
	default String aggregateId() {
		return erasureId().toString();
	}

}
