package org.reachback.events.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every service is to delete what it keeps about these chats and callbacks: the customers' names,
 * numbers and words, and everything derived from them (sessions, offers, bookings, decisions). The
 * event names ids only, so that the topic holds no personal data itself; intent-service found them
 * from a phone number or a chat.
 *
 * @param reason why: a person asked ({@link Reason#REQUESTED}), or the data is older than the
 * retention period ({@link Reason#RETENTION})
 */
public record PersonalDataErasureRequested(UUID eventId, Instant occurredAt, UUID erasureId, Reason reason,
		List<UUID> chatIds, List<UUID> callbackIds) implements ErasureEvent {

	public PersonalDataErasureRequested {
		chatIds = chatIds == null ? List.of() : List.copyOf(chatIds);
		callbackIds = callbackIds == null ? List.of() : List.copyOf(callbackIds);
	}

	public enum Reason {

		REQUESTED, RETENTION

	}

}
