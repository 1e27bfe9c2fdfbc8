package org.reachback.events.session;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.privacy.PersonalData;

/** The agent wrote to the customer in a chat session. */
public record AgentMessaged(UUID eventId, Instant occurredAt, UUID sessionId, UUID callbackId, UUID chatId,
		String agentId, String agentName, UUID messageId, String text) implements SessionEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
