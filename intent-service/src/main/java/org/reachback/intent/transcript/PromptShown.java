package org.reachback.intent.transcript;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.events.Media;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An interactive callback prompt as the widget shows it.
 *
 * @param options the answers the customer may send, as the prompt API names them
 * ({@code callback-asap}, {@code callback-scheduled}, {@code keep-chatting})
 * @param media how the customer may be called back, to send one back with a callback answer:
 * {@code voice} ("call me") and {@code chat} ("chat with me here"); empty for prompts of bots older
 * than the medium
 * @param estimatedWaitSeconds the queue's estimated wait when offered, if known
 * @param slots the slot starts the customer may choose for a scheduled callback (more with
 * {@code GET /api/v1/chats/{chatId}/slots})
 * @param suggestedSlot the slot nearest to the time the customer asked for, if they named one
 * @param preferredAgent the agent the customer asked for, to send back with the answer, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromptShown(UUID promptId, List<String> options, List<Media> media, String queue,
		Integer estimatedWaitSeconds, List<Instant> slots, Instant suggestedSlot, String preferredAgent) {

	public PromptShown {
		options = options == null ? List.of() : List.copyOf(options);
		media = media == null ? List.of() : List.copyOf(media);
		slots = slots == null ? List.of() : List.copyOf(slots);
	}

}
