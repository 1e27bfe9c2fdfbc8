package org.reachback.intent.prompt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reachback.events.CallbackOption;

/**
 * A callback prompt a bot offered in a chat, and the customer's answer once given.
 *
 * @param queue the queue that would serve the callback; {@code null} for prompts kept before it was
 * @param answeredOption {@code null} while the prompt is open
 */
record Prompt(UUID promptId, UUID chatId, String bot, String queue, List<CallbackOption> options, List<Instant> slots,
		CallbackOption answeredOption, Instant answeredSlot, UUID callbackId) {

	boolean answered() {
		return answeredOption != null;
	}

	/** The same answer again: the same option and, for a scheduled callback, the same slot. */
	boolean answeredWith(CallbackOption option, Instant slot) {
		return option == answeredOption && Objects.equals(slot, answeredSlot);
	}

}
