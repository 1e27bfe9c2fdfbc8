package org.reachback.events;

import java.util.List;
import java.util.UUID;

/**
 * Everything an agent needs in front of them when a callback reaches them: who, why and what was
 * said. It travels with the callback from the bot to the agent, so no service reads another's
 * tables to show it.
 *
 * @param queue the queue (one per skill) that serves the callback
 * @param phone E.164 number to call
 * @param media how the customer is called back; {@code null} from producers older than the medium,
 * read as {@link #mediaOrDefault()}
 * @param reason why the bot handed over, in words
 */
public record CallbackContext(UUID chatId, String brand, String queue, String phone, Media media, Customer customer,
		String intent, HandoverReason handoverReason, String reason, List<TranscriptLine> transcript) {

	public CallbackContext {
		transcript = transcript == null ? List.of() : List.copyOf(transcript);
	}

	public CallbackContext withPhone(String normalisedPhone) {
		return new CallbackContext(chatId, brand, queue, normalisedPhone, media, customer, intent, handoverReason,
				reason, transcript);
	}

	/** The medium chosen, else voice when there is a number to call, else chat. */
	public Media mediaOrDefault() {
		return Media.orDefault(media, phone);
	}

}
