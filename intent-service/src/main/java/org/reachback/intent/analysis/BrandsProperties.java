package org.reachback.intent.analysis;

import java.util.List;
import java.util.Map;

/**
 * The brand catalogue: the brands this service serves, bound from {@code reachback.brands.<brand>}
 * of the catalogue file (see {@code brands.yml} and {@link CatalogueSource}).
 *
 * @param brands brand id to its configuration
 */
record BrandsProperties(Map<String, Brand> brands) {

	public BrandsProperties {
		brands = brands == null ? Map.of() : Map.copyOf(brands);
	}

	/**
	 * @param defaultBot the bot for out-of-scope first messages and intents without a bot
	 * @param intents intent name to its bot and examples
	 * @param outOfScope examples of messages that fit no intent, learnt as the class {@code oos}
	 * @param nlu optional decision settings of the classifier
	 * @param allowedOrigins the origins ({@code scheme://host[:port]}) of the pages that embed the
	 *     brand's widget: the only ones a browser may call the chat API from for the brand's chats;
	 *     none, for a brand reached from servers only
	 * @throws IllegalArgumentException for an allowed origin that is not one, {@code *} included
	 */
	public record Brand(String defaultBot, Map<String, Intent> intents, List<String> outOfScope, Nlu nlu,
			List<String> allowedOrigins) {

		public Brand {
			intents = intents == null ? Map.of() : Map.copyOf(intents);
			outOfScope = outOfScope == null ? List.of() : List.copyOf(outOfScope);
			allowedOrigins = allowedOrigins == null ? List.of()
					: allowedOrigins.stream().map(WebOrigin::configured).distinct().toList();
		}

	}

	/**
	 * @param bot the bot this intent is routed to; {@code null} for the brand's default bot
	 * @param threshold optional confidence below which this intent counts as out of scope
	 */
	public record Intent(String bot, List<String> examples, Double threshold) {

		public Intent {
			examples = examples == null ? List.of() : List.copyOf(examples);
		}

	}

	/** Null values keep the classifier's defaults. */
	public record Nlu(Double outOfScopeThreshold, Double ambiguityMargin) {
	}

}
