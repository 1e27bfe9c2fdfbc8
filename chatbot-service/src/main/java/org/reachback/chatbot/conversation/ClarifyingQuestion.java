package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.reachback.chatbot.bot.Bot;
import org.reachback.chatbot.bot.BotCatalog;
import org.reachback.chatbot.bot.Clarification;
import org.reachback.chatbot.conversation.ClarificationRepository.OpenQuestion;
import org.reachback.events.IntentMatch;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Which one did you mean?": asked instead of guessing between two close intents of the bot, and
 * answered by the customer's next message to the bot. Works in the caller's transaction.
 */
@Component
class ClarifyingQuestion {

	private final ClarificationRepository questions;

	private final BotCatalog catalog;

	private final BotVoice voice;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClarifyingQuestion(ClarificationRepository questions, BotCatalog catalog, BotVoice voice,
			ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.catalog = catalog;
		this.voice = voice;
		this.events = events;
		this.clock = clock;
	}

	void ask(Chat chat, String botName, Bot bot, UUID messageId, Clarification question) {
		voice.reply(chat.chatId(), botName, messageId, question.question(bot));
		questions.open(chat, messageId, botName, question, clock.instant());
	}

	/**
	 * Takes {@code text} as the answer to the chat's open question, if there is one, and closes it:
	 * the question is asked once, so a reply choosing neither intent drops it and the message is
	 * handled like any other.
	 *
	 * @return the bot and intent chosen; empty when no question was open or the reply chose neither
	 */
	Optional<Choice> answer(Chat chat, String text, IntentMatch intent) {
		Optional<OpenQuestion> open = questions.findOpen(chat.chatId());
		if (open.isEmpty()) {
			return Optional.empty();
		}
		OpenQuestion asked = open.get();
		Optional<String> chosen = catalog.bot(chat.brand(), asked.bot())
			.flatMap(bot -> asked.question().choiceIn(bot, text, intent).filter(bot::understands));
		questions.close(asked.id(), chosen.orElse(null), clock.instant());
		events.publishEvent(new ClarificationResolved(chat.brand(), asked.bot(), chosen.isPresent()));
		return chosen.map(choice -> new Choice(asked.bot(), choice, asked.question()));
	}

	/** The customer chose {@code intent} of {@code bot} when asked {@code question}. */
	record Choice(String bot, String intent, Clarification question) {
	}

}
