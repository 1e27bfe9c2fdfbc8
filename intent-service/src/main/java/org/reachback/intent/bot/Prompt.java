package org.reachback.intent.bot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reachback.events.CallbackOption;

/**
 * A callback prompt a bot offered in a chat, and the customer's answer once given.
 *
 * @param answeredOption {@code null} while the prompt is open
 */
record Prompt(UUID promptId, UUID chatId, String bot, List<CallbackOption> options, List<Instant> slots,
		CallbackOption answeredOption, Instant answeredSlot, UUID callbackId) {

	boolean answered() {
		return answeredOption != null;
	}

	/** The same answer again: the same option and, for a scheduled callback, the same slot. */
	boolean answeredWith(CallbackOption option, Instant slot) {
		return option == answeredOption && Objects.equals(slot, answeredSlot);
	}

	/**
	 * The id the callback asked for in this prompt will have: derived from chat and prompt, so that
	 * answering twice, or a retry after a lost response, names the same callback. chatbot-service
	 * derives the same id for an answer that arrives without one.
	 */
	static UUID callbackId(UUID chatId, UUID promptId) {
		return UUID.nameUUIDFromBytes((chatId + "/" + promptId).getBytes(StandardCharsets.UTF_8));
	}

}
