package org.reachback.chatbot.request;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.reachback.chatbot.queue.Agent;

/**
 * Finds the agent a message names among the brand's agents: the agent's full name, or else the first
 * name, as whole words, in any case and with or without accents ("maria", "María", "Maria Silva").
 * A message that names two different agents (or a first name two agents share) names none, since
 * the bot cannot tell which one is meant.
 */
final class AgentNames {

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	private AgentNames() {
	}

	/** @param agents the brand's agents, each once */
	static Optional<Agent> find(String text, Collection<Agent> agents) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String said = " " + words(text) + " ";
		List<Agent> byFullName = named(agents, said, AgentNames::words);
		if (!byFullName.isEmpty()) {
			return only(byFullName);
		}
		return only(named(agents, said, name -> words(name).split(" ")[0]));
	}

	private static List<Agent> named(Collection<Agent> agents, String said, Function<String, String> name) {
		return agents.stream().filter(agent -> {
			String words = name.apply(agent.name());
			return !words.isEmpty() && said.contains(" " + words + " ");
		}).toList();
	}

	private static Optional<Agent> only(List<Agent> agents) {
		return agents.size() == 1 ? Optional.of(agents.get(0)) : Optional.empty();
	}

	private static String words(String text) {
		return plain(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String plain(String text) {
		return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
