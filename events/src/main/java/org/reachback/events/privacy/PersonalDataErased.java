package org.reachback.events.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One service has deleted what it kept about an erasure's chats and callbacks.
 *
 * @param service the service's name, e.g. {@code callback-service}
 * @param records how many rows it deleted (0 when it kept nothing about them)
 */
public record PersonalDataErased(UUID eventId, Instant occurredAt, UUID erasureId, String service, int records)
		implements ErasedEvent {
}
