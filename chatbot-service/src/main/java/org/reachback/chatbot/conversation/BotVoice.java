package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.BotReplied;
import org.reachback.platform.messaging.Outbox;

import org.springframework.stereotype.Component;

/** Everything a bot says goes into the chat's transcript and out as {@link BotReplied}. */
@Component
class BotVoice {

	private final TranscriptRepository transcript;

	private final Outbox outbox;

	private final Clock clock;

	BotVoice(TranscriptRepository transcript, Outbox outbox, Clock clock) {
		this.transcript = transcript;
		this.outbox = outbox;
		this.clock = clock;
	}

	void reply(UUID chatId, String bot, UUID inReplyTo, String text) {
		BotReplied replied = new BotReplied(UUID.randomUUID(), clock.instant(), chatId, bot, inReplyTo, text);
		transcript.add(chatId, new TranscriptLine(replied.occurredAt(), TranscriptLine.Speaker.BOT, bot, text));
		outbox.publish(Topics.BOT, replied);
	}

}
