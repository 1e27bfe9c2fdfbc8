package org.reachback.events;

/** Kafka header names that travel with every event; the payload is the event as JSON. */
public final class EventHeaders {

	/** The event's type name, as registered in {@link EventTypes}; never a Java class name. */
	public static final String TYPE = "eventType";

	/** The schema version of the event type; schemas only change additively. */
	public static final String VERSION = "eventVersion";

	/** The event id, so brokers' tools and dead-letter readers can see it without parsing. */
	public static final String ID = "eventId";

	private EventHeaders() {
	}

}
