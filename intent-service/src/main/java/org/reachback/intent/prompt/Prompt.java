package org.reachback.intent.prompt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.Media;

/**
 * A callback prompt a bot offered in a chat, and the customer's answer once given.
 *
 * @param queue the queue that would serve the callback; {@code null} for prompts kept before it was
 * @param media the media the prompt offers; empty for prompts of bots older than the medium, which
 * leave the choice open
 * @param answeredOption {@code null} while the prompt is open
 * @param answeredMedium how the customer chose to be called back; {@code null} while open, for
 * keep-chatting and for answers kept before the medium
 */
record Prompt(UUID promptId, UUID chatId, String bot, String queue, List<CallbackOption> options, List<Media> media,
		List<Instant> slots, CallbackOption answeredOption, Instant answeredSlot, Media answeredMedium,
		UUID callbackId) {

	/** What the customer is told when they ask for a call without a number to call. */
	static final String PHONE_NEEDED_FOR_A_CALL = "A phone number is required for a call: give one, or choose "
			+ "\"chat\" to have an agent join you in this chat";

	Prompt {
		media = media == null ? List.of() : List.copyOf(media);
	}

	boolean answered() {
		return answeredOption != null;
	}

	/**
	 * The same answer again: the same option, for a scheduled callback the same slot, and the same
	 * medium unless the repeat (or the first answer) names none.
	 */
	boolean answeredWith(CallbackOption option, Instant slot, Media medium) {
		return option == answeredOption && Objects.equals(slot, answeredSlot)
				&& (medium == null || answeredMedium == null || medium == answeredMedium);
	}

	/**
	 * How the callback this prompt's answer asks for is made: the medium chosen, else a call when
	 * there is a number to call, else a chat.
	 *
	 * @param phone the number given with the answer or when the chat started, as typed; may be blank
	 * @throws AnswerRejectedException (422) for a medium the prompt does not offer, or a call
	 * without a number
	 */
	Media medium(Media chosen, String phone) {
		if (chosen != null && !media.isEmpty() && !media.contains(chosen)) {
			throw AnswerRejectedException.invalid("media", "This prompt does not offer '" + chosen.wire()
					+ "'; choose one of " + media.stream().map(Media::wire).toList());
		}
		boolean noPhone = phone == null || phone.isBlank();
		if (chosen == Media.VOICE && noPhone) {
			throw AnswerRejectedException.invalid("phone", PHONE_NEEDED_FOR_A_CALL);
		}
		return Media.orDefault(chosen, noPhone ? null : phone);
	}

}
