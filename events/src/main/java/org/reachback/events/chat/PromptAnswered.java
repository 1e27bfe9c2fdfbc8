package org.reachback.events.chat;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.reachback.events.privacy.PersonalData;

/**
 * The customer answered a bot's callback prompt.
 *
 * @param callbackId the id the callback will have, derived from chat and prompt so that answering
 * twice names the same callback; {@code null} for {@code KEEP_CHATTING}
 * @param phone E.164, already validated by the chat API
 * @param slot the chosen start of a scheduled callback, else {@code null}
 * @param preferredAgent the agent the customer asked for, else {@code null}
 * @param media how the customer chose to be called back; {@code null} for {@code KEEP_CHATTING}
 */
public record PromptAnswered(UUID eventId, Instant occurredAt, UUID chatId, UUID promptId, CallbackOption option,
		UUID callbackId, String phone, Instant slot, String preferredAgent, Media media)
		implements ChatEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

}
