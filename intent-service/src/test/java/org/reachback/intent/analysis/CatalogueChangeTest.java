package org.reachback.intent.analysis;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which brands a changed catalogue retrains, re-configures or leaves alone, and the hashes that tell. */
class CatalogueChangeTest {

	private static final BrandsProperties.Intent GREETING = new BrandsProperties.Intent("small-talk",
			List.of("hello there", "good morning"), null);

	private static final BrandsProperties.Intent WEATHER = new BrandsProperties.Intent(null,
			List.of("is it raining", "what's the weather"), null);

	private static final BrandsProperties.Brand BRAND = brand("fallback", Map.of("greeting", GREETING, "weather", WEATHER),
			null);

	@Test
	void aNewBrandAndChangedExamplesOrIntentsAreTrained() {
		BrandsProperties.Intent moreWeather = new BrandsProperties.Intent(null,
				List.of("is it raining", "what's the weather", "will it snow"), null);
		BrandsProperties.Intent rephrased = new BrandsProperties.Intent("small-talk",
				List.of("hello there", "good evening"), null);

		CatalogueChange change = CatalogueChange.between(Map.of("a", BRAND, "b", BRAND, "c", BRAND),
				Map.of("a", brand("fallback", Map.of("greeting", GREETING, "weather", moreWeather), null),
						"b", brand("fallback", Map.of("greeting", rephrased, "weather", WEATHER), null),
						"c", brand("fallback", Map.of("greeting", GREETING), null),
						"new", BRAND));

		assertThat(change.retrain()).containsExactly("a", "b", "c", "new");
		assertThat(change.reconfigure()).isEmpty();
		assertThat(change.unchanged()).isEmpty();
	}

	@Test
	void newOutOfScopeExamplesAreTrained() {
		BrandsProperties.Brand withChitChat = new BrandsProperties.Brand("fallback", BRAND.intents(),
				List.of("tell me a joke"), null, List.of());

		assertThat(CatalogueChange.between(Map.of("a", BRAND), Map.of("a", withChitChat)).retrain())
			.containsExactly("a");
	}

	@Test
	void thresholdsMarginAndBotsOnlyReconfigureTheTrainedModel() {
		BrandsProperties.Intent strictWeather = new BrandsProperties.Intent(null, WEATHER.examples(), 0.7);
		BrandsProperties.Intent greetingToAnotherBot = new BrandsProperties.Intent("faq", GREETING.examples(), null);

		CatalogueChange change = CatalogueChange.between(Map.of("threshold", BRAND, "margin", BRAND, "bots", BRAND),
				Map.of("threshold", brand("fallback", Map.of("greeting", GREETING, "weather", strictWeather), null),
						"margin", brand("fallback", BRAND.intents(), new BrandsProperties.Nlu(0.4, 0.2)),
						"bots", brand("faq", Map.of("greeting", greetingToAnotherBot, "weather", WEATHER), null)));

		assertThat(change.retrain()).isEmpty();
		assertThat(change.reconfigure()).containsExactly("bots", "margin", "threshold");
	}

	@Test
	void otherAllowedOriginsOnlyReconfigureAndChangeTheHash() {
		BrandsProperties.Brand onAShop = new BrandsProperties.Brand("fallback", BRAND.intents(), List.of(), null,
				List.of("https://shop.example"));

		CatalogueChange change = CatalogueChange.between(Map.of("a", BRAND), Map.of("a", onAShop));

		assertThat(change.retrain()).isEmpty();
		assertThat(change.reconfigure()).containsExactly("a");
		assertThat(ConfigurationHash.of(onAShop)).isNotEqualTo(ConfigurationHash.of(BRAND));
	}

	@Test
	void anEqualConfigurationIsUnchangedAndAMissingBrandRemoved() {
		BrandsProperties.Brand sameInAnotherOrder = brand("fallback", orderedIntents(), null);

		CatalogueChange change = CatalogueChange.between(Map.of("kept", BRAND, "gone", BRAND),
				Map.of("kept", sameInAnotherOrder));

		assertThat(change.unchanged()).containsExactly("kept");
		assertThat(change.removed()).containsExactly("gone");
		assertThat(change.retrain()).isEmpty();
		assertThat(change.reconfigure()).isEmpty();
	}

	@Test
	void fileContentIsHashedWithSha256() {
		assertThat(ConfigurationHash.of("abc".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aBrandsHashIgnoresTheOrderOfIntentsButNotAnyValue() {
		String hash = ConfigurationHash.of(BRAND);

		assertThat(ConfigurationHash.of(brand("fallback", orderedIntents(), null))).isEqualTo(hash);
		assertThat(ConfigurationHash.of(brand("fallback", BRAND.intents(), new BrandsProperties.Nlu(0.3, null))))
			.isNotEqualTo(hash);
		assertThat(ConfigurationHash.of(brand("other", BRAND.intents(), null))).isNotEqualTo(hash);
		assertThat(ConfigurationHash.of(brand("fallback",
				Map.of("greeting", GREETING, "weather", new BrandsProperties.Intent("null", WEATHER.examples(), null)),
				null)))
			.as("a bot named \"null\" is not the default bot")
			.isNotEqualTo(hash);
		assertThat(ConfigurationHash.of(brand("fallback", Map.of("greeting", GREETING,
				"weather", new BrandsProperties.Intent(null, List.of("is it raining\nwhat's the weather"), null)),
				null)))
			.as("examples are not merely joined")
			.isNotEqualTo(hash);
	}

	private static Map<String, BrandsProperties.Intent> orderedIntents() {
		Map<String, BrandsProperties.Intent> intents = new LinkedHashMap<>();
		intents.put("weather", WEATHER);
		intents.put("greeting", GREETING);
		return intents;
	}

	private static BrandsProperties.Brand brand(String defaultBot, Map<String, BrandsProperties.Intent> intents,
			BrandsProperties.Nlu nlu) {
		return new BrandsProperties.Brand(defaultBot, intents, List.of(), nlu, List.of());
	}

}
