package org.reachback.chatbot.bot;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.reachback.events.IntentMatch;

/**
 * The bot could not choose between two of its intents and asks the customer which one they meant.
 *
 * @param first the better of the two intents, offered first
 * @param second the other intent, offered second
 */
public record Clarification(String first, String second) {

	private static final Set<String> FIRST_WORDS = Set.of("first", "1st", "1", "former");

	private static final Set<String> SECOND_WORDS = Set.of("second", "2nd", "2", "latter", "last");

	/** The question, naming both intents in the bot's customer words. */
	public String question(Bot bot) {
		return "Just to be sure I get it right, which did you mean: 1) " + bot.labelFor(first) + ", or 2) "
				+ bot.labelFor(second) + "?";
	}

	/**
	 * The intent the customer's reply chose, if it clearly chose one. Words count first: an ordinal
	 * ("the first", "2nd", "the latter") or either intent's label or name, as long as they point at
	 * only one of the two. Failing that, the reply's own intent counts when it is one of the two,
	 * whatever its confidence, because the customer was answering this very question.
	 */
	public Optional<String> choiceIn(Bot bot, String reply, IntentMatch replyIntent) {
		String words = normalise(reply);
		Set<String> named = new LinkedHashSet<>();
		if (FIRST_WORDS.stream().anyMatch(word -> words.contains(" " + word + " ")) || names(bot, first, words)) {
			named.add(first);
		}
		if (SECOND_WORDS.stream().anyMatch(word -> words.contains(" " + word + " ")) || names(bot, second, words)) {
			named.add(second);
		}
		if (named.size() == 1) {
			return Optional.of(named.iterator().next());
		}
		if (named.isEmpty() && replyIntent != null && !replyIntent.outOfScope()
				&& (first.equals(replyIntent.name()) || second.equals(replyIntent.name()))) {
			return Optional.of(replyIntent.name());
		}
		return Optional.empty();
	}

	private static boolean names(Bot bot, String intent, String words) {
		return words.contains(normalise(bot.labelFor(intent))) || words.contains(normalise(intent.replace('_', ' ')));
	}

	/** Lower case words separated by single spaces, with a space at either end to match whole words. */
	private static String normalise(String text) {
		String words = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
		return " " + words + " ";
	}

}
