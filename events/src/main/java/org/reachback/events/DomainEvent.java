package org.reachback.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable fact one service publishes for others. Every event names itself with a unique
 * {@link #eventId()} (consumers de-duplicate on it), says when it happened and which aggregate it
 * belongs to; the aggregate id is the Kafka record key, so one aggregate's events stay in order.
 */
public interface DomainEvent {

	UUID eventId();

	Instant occurredAt();

	String aggregateId();

}
