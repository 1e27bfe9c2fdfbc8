package org.reachback.intent.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reachback.events.IntentMatch;
import org.reachback.nlu.ClassifierSettings;
import org.reachback.nlu.IntentClassifier;
import org.reachback.nlu.Prediction;
import org.reachback.nlu.Utterance;

/**
 * One brand's trained classifier and routing table. Immutable once built, so requests share it
 * without locking, and a request that started on a model finishes on it even when the catalogue
 * is reloaded meanwhile.
 */
final class BrandModel {

	private final IntentClassifier classifier;

	private final String defaultBot;

	private final Map<String, String> botByIntent;

	private BrandModel(IntentClassifier classifier, String defaultBot, Map<String, String> botByIntent) {
		this.classifier = classifier;
		this.defaultBot = defaultBot;
		this.botByIntent = Map.copyOf(botByIntent);
	}

	/** @throws IllegalStateException when the configuration cannot make a working brand */
	static BrandModel train(String brand, BrandsProperties.Brand config) {
		Map<String, String> bots = routing(brand, config);
		List<Utterance> examples = new ArrayList<>();
		config.intents()
			.forEach((intent, settings) -> settings.examples()
				.forEach(text -> examples.add(new Utterance(text, intent))));
		config.outOfScope().forEach(text -> examples.add(new Utterance(text, Utterance.OUT_OF_SCOPE)));
		ClassifierSettings settings = settings(brand, config);
		try {
			return new BrandModel(IntentClassifier.train(examples, settings), config.defaultBot(), bots);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Brand '" + brand + "' cannot be trained: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Checks what can be checked without training: a default bot, examples for every intent,
	 * decision settings in range.
	 *
	 * @throws IllegalStateException when the configuration cannot make a working brand
	 */
	static void check(String brand, BrandsProperties.Brand config) {
		routing(brand, config);
		settings(brand, config);
	}

	/**
	 * This model with the decision settings and routing of {@code config}, without retraining;
	 * only valid when {@code config} has the same {@link TrainingData} as the one this model was
	 * trained on.
	 *
	 * @throws IllegalStateException when the configuration cannot make a working brand
	 */
	BrandModel reconfigure(String brand, BrandsProperties.Brand config) {
		Map<String, String> bots = routing(brand, config);
		return new BrandModel(classifier.withSettings(settings(brand, config)), config.defaultBot(), bots);
	}

	private static Map<String, String> routing(String brand, BrandsProperties.Brand config) {
		if (config.defaultBot() == null || config.defaultBot().isBlank()) {
			throw new IllegalStateException("Brand '" + brand + "' needs a default-bot");
		}
		Map<String, String> bots = new HashMap<>();
		config.intents().forEach((intent, settings) -> {
			if (settings.examples().isEmpty()) {
				throw new IllegalStateException("Intent '" + intent + "' of brand '" + brand + "' has no examples");
			}
			bots.put(intent, settings.bot() == null ? config.defaultBot() : settings.bot());
		});
		return bots;
	}

	private static ClassifierSettings settings(String brand, BrandsProperties.Brand config) {
		ClassifierSettings defaults = ClassifierSettings.defaults();
		BrandsProperties.Nlu nlu = config.nlu();
		Map<String, Double> thresholds = new HashMap<>();
		config.intents().forEach((intent, settings) -> {
			if (settings.threshold() != null) {
				thresholds.put(intent, settings.threshold());
			}
		});
		try {
			return new ClassifierSettings(
					nlu == null || nlu.outOfScopeThreshold() == null ? defaults.outOfScopeThreshold()
							: nlu.outOfScopeThreshold(),
					nlu == null || nlu.ambiguityMargin() == null ? defaults.ambiguityMargin() : nlu.ambiguityMargin(),
					thresholds, defaults.temperature());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Brand '" + brand + "' has invalid nlu settings: " + ex.getMessage(), ex);
		}
	}

	IntentMatch classify(String text) {
		return toMatch(classifier.classify(text));
	}

	/** The bot for a chat whose first message was classified as {@code match}. */
	String botFor(IntentMatch match) {
		return match.outOfScope() ? defaultBot : botByIntent.getOrDefault(match.name(), defaultBot);
	}

	static IntentMatch toMatch(Prediction prediction) {
		return new IntentMatch(prediction.intent(), prediction.confidence(), prediction.outOfScope(),
				prediction.ambiguous(), prediction.ranked()
					.stream()
					.map(scored -> new IntentMatch.Candidate(scored.intent(), scored.confidence()))
					.toList());
	}

}
