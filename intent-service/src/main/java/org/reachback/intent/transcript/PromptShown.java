package org.reachback.intent.transcript;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An interactive callback prompt as the widget shows it.
 *
 * @param options the answers the customer may send, as the prompt API names them
 * ({@code callback-asap}, {@code callback-scheduled}, {@code keep-chatting})
 * @param estimatedWaitSeconds the queue's estimated wait when offered, if known
 * @param slots the slot starts the customer may choose for a scheduled callback
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromptShown(UUID promptId, List<String> options, String queue, Integer estimatedWaitSeconds,
		List<Instant> slots) {

	public PromptShown {
		options = options == null ? List.of() : List.copyOf(options);
		slots = slots == null ? List.of() : List.copyOf(slots);
	}

}
