package org.reachback.intent.analysis;

import java.util.Set;

import org.reachback.events.IntentMatch;
import org.springframework.stereotype.Component;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Classifies customer messages per brand and chooses the bot a new chat goes to, with the models
 * of the {@link BrandCatalogue} served at the time of the call: a call that started before a
 * reload finishes on the model it started with. Each classification is observed as
 * {@code reachback.intent.classification} (a timer tagged with brand and outcome).
 */
@Component
public class IntentAnalysis {

	private final BrandCatalogue catalogue;

	private final ObservationRegistry observations;

	IntentAnalysis(BrandCatalogue catalogue, ObservationRegistry observations) {
		this.catalogue = catalogue;
		this.observations = observations;
	}

	/** The brands served now. */
	public Set<String> brands() {
		return catalogue.served().brands().keySet();
	}

	/** What the first message of a chat means, and the bot that should handle the chat. */
	public Analysis analyseFirstMessage(String brand, String text) {
		BrandModel model = model(brand);
		IntentMatch match = classify(brand, model, text);
		return new Analysis(match, model.botFor(match));
	}

	/** @throws UnknownBrandException when {@code brand} is not configured */
	public IntentMatch classify(String brand, String text) {
		return classify(brand, model(brand), text);
	}

	private IntentMatch classify(String brand, BrandModel model, String text) {
		Observation observation = Observation.createNotStarted("reachback.intent.classification", observations)
			.lowCardinalityKeyValue("brand", brand)
			.start();
		try {
			IntentMatch match = model.classify(text);
			observation.lowCardinalityKeyValue("outcome", match.outOfScope() ? "out-of-scope" : "in-scope");
			return match;
		}
		finally {
			observation.stop();
		}
	}

	private BrandModel model(String brand) {
		BrandModel model = brand == null ? null : catalogue.model(brand);
		if (model == null) {
			throw new UnknownBrandException(brand);
		}
		return model;
	}

	/** The intent of a chat's first message and the bot chosen for it. */
	public record Analysis(IntentMatch intent, String bot) {
	}

}
