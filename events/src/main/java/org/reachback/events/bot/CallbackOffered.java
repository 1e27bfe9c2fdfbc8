package org.reachback.events.bot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.privacy.PersonalData;

/**
 * The bot could not help and offered a callback in an interactive prompt.
 *
 * @param queue the queue that would serve the callback
 * @param estimatedWaitSeconds the queue's estimated wait when offered, {@code null} if unknown
 * @param slots the next bookable slot starts, earliest first
 * @param reasonDetail the reason in words, recorded for operations
 * @param media the ways the customer may be called back ("call me", "chat with me here"), for the
 * callback options; empty from producers older than the medium
 */
public record CallbackOffered(UUID eventId, Instant occurredAt, UUID chatId, String bot, UUID promptId,
		UUID inReplyTo, String text, List<CallbackOption> options, String queue, Integer estimatedWaitSeconds,
		List<Instant> slots, HandoverReason reason, String reasonDetail, Instant suggestedSlot,
		String preferredAgent, List<Media> media) implements BotEvent, PersonalData {

	@Override
	public UUID dataSubject() {
		return chatId;
	}

	public CallbackOffered {
		options = List.copyOf(options);
		slots = List.copyOf(slots);
		media = media == null ? List.of() : List.copyOf(media);
	}

}
