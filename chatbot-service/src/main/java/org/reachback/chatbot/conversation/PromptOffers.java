package org.reachback.chatbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.platform.messaging.Outbox;

import org.springframework.stereotype.Component;

/**
 * Shows a prompt: records it, adds its text to the transcript and publishes {@link CallbackOffered},
 * all in the caller's transaction. Every prompt offers to call as soon as possible, a scheduled
 * callback when it has slots, and to keep chatting; and for a callback, both media: the customer
 * chooses whether the agent calls them ("call me") or joins this chat ("chat with me here").
 */
@Component
class PromptOffers {

	/** The media every prompt offers, the phone call first. */
	static final List<Media> MEDIA = List.of(Media.VOICE, Media.CHAT);

	private final PromptRepository prompts;

	private final TranscriptRepository transcript;

	private final Outbox outbox;

	PromptOffers(PromptRepository prompts, TranscriptRepository transcript, Outbox outbox) {
		this.prompts = prompts;
		this.transcript = transcript;
		this.outbox = outbox;
	}

	void show(Prompt prompt, String text) {
		prompts.add(prompt);
		transcript.add(prompt.chatId(),
				new TranscriptLine(prompt.shownAt(), TranscriptLine.Speaker.BOT, prompt.bot(), text));
		outbox.publish(Topics.BOT,
				new CallbackOffered(UUID.randomUUID(), prompt.shownAt(), prompt.chatId(), prompt.bot(), prompt.promptId(),
						prompt.messageId(), text, options(prompt), prompt.queue(), prompt.estimatedWaitSeconds(),
						prompt.slots(), prompt.reason(), prompt.reasonDetail(), prompt.suggestion().suggestedSlot(),
						prompt.suggestion().preferredAgent(), MEDIA));
	}

	private static List<CallbackOption> options(Prompt prompt) {
		List<CallbackOption> options = new ArrayList<>(List.of(CallbackOption.CALLBACK_ASAP));
		if (!prompt.slots().isEmpty()) {
			options.add(CallbackOption.CALLBACK_SCHEDULED);
		}
		options.add(CallbackOption.KEEP_CHATTING);
		return options;
	}

}
