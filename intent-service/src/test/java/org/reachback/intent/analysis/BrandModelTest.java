package org.reachback.intent.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.events.IntentMatch;
import org.reachback.nlu.Prediction;
import org.reachback.nlu.ScoredIntent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrandModelTest {

	private final BrandsProperties.Intent greetings = new BrandsProperties.Intent("small-talk",
			List.of("hello there", "hi", "good morning", "hey, how are you"), null);

	private final BrandsProperties.Intent weather = new BrandsProperties.Intent(null,
			List.of("is it raining", "what's the weather", "will it be sunny tomorrow", "forecast for today"), null);

	@Test
	void routesAnIntentToItsBotAndOtherwiseToTheDefaultBot() {
		BrandModel model = BrandModel.train("test", new BrandsProperties.Brand("fallback",
				Map.of("greeting", greetings, "weather", weather), List.of(), null, List.of()));

		assertThat(model.botFor(match("greeting", false))).isEqualTo("small-talk");
		assertThat(model.botFor(match("weather", false))).as("intent without a bot").isEqualTo("fallback");
		assertThat(model.botFor(match("oos", true))).isEqualTo("fallback");
		assertThat(model.botFor(match("unheard-of", false))).isEqualTo("fallback");
	}

	@Test
	void mapsPredictionsToIntentMatchesWithTheirCandidates() {
		Prediction prediction = new Prediction("refund_status", 0.61, false, true,
				List.of(new ScoredIntent("refund_status", 0.61), new ScoredIntent("track_order", 0.55)));

		IntentMatch match = BrandModel.toMatch(prediction);

		assertThat(match.name()).isEqualTo("refund_status");
		assertThat(match.confidence()).isEqualTo(0.61);
		assertThat(match.outOfScope()).isFalse();
		assertThat(match.ambiguous()).isTrue();
		assertThat(match.candidates()).containsExactly(new IntentMatch.Candidate("refund_status", 0.61),
				new IntentMatch.Candidate("track_order", 0.55));
	}

	@Test
	void aPerIntentThresholdRejectsWeakMatchesOfThatIntent() {
		BrandsProperties.Intent strictWeather = new BrandsProperties.Intent(null, weather.examples(), 1.0);
		BrandModel model = BrandModel.train("test", new BrandsProperties.Brand("fallback",
				Map.of("greeting", greetings, "weather", strictWeather), List.of(), null, List.of()));

		assertThat(model.classify("is it raining").outOfScope()).isTrue();
		assertThat(model.classify("hello there").name()).isEqualTo("greeting");
	}

	@Test
	void configurationThatCannotWorkStopsTheStart() {
		assertThatThrownBy(() -> BrandModel.train("test", new BrandsProperties.Brand(null,
				Map.of("greeting", greetings, "weather", weather), List.of(), null, List.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("default-bot");
		assertThatThrownBy(() -> BrandModel.train("test", new BrandsProperties.Brand("fallback",
				Map.of("greeting", new BrandsProperties.Intent("x", List.of(), null)), List.of(), null, List.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no examples");
		assertThatThrownBy(() -> BrandModel.train("test",
				new BrandsProperties.Brand("fallback", Map.of("greeting", greetings), List.of(), null, List.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be trained");
	}

	private static IntentMatch match(String name, boolean outOfScope) {
		return new IntentMatch(name, 0.9, outOfScope, false, List.of());
	}

}
