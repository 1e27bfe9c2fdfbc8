package org.reachback.intent.analysis;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.reachback.events.IntentMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Classifies customer messages per brand and chooses the bot a new chat goes to. Every brand's
 * classifier is trained when the service starts, so a configuration that cannot work stops the
 * start instead of the first chat. Each classification is observed as
 * {@code reachback.intent.classification} (a timer tagged with brand and outcome).
 */
@Component
public class IntentAnalysis {

	private static final Logger log = LoggerFactory.getLogger(IntentAnalysis.class);

	private final Map<String, BrandModel> brands = new TreeMap<>();

	private final ObservationRegistry observations;

	public IntentAnalysis(BrandsProperties properties, ObservationRegistry observations) {
		this.observations = observations;
		properties.brands().forEach((brand, config) -> brands.put(brand, BrandModel.train(brand, config)));
		log.info("Trained intent classifiers for brands {}", brands.keySet());
	}

	public Set<String> brands() {
		return brands.keySet();
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
		BrandModel model = brand == null ? null : brands.get(brand);
		if (model == null) {
			throw new UnknownBrandException(brand);
		}
		return model;
	}

	/** The intent of a chat's first message and the bot chosen for it. */
	public record Analysis(IntentMatch intent, String bot) {
	}

}
