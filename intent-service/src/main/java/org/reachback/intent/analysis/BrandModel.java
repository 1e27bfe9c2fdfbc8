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
 * without locking.
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
		if (config.defaultBot() == null || config.defaultBot().isBlank()) {
			throw new IllegalStateException("Brand '" + brand + "' needs a default-bot");
		}
		List<Utterance> examples = new ArrayList<>();
		Map<String, String> bots = new HashMap<>();
		config.intents().forEach((intent, settings) -> {
			if (settings.examples().isEmpty()) {
				throw new IllegalStateException("Intent '" + intent + "' of brand '" + brand + "' has no examples");
			}
			settings.examples().forEach(text -> examples.add(new Utterance(text, intent)));
			bots.put(intent, settings.bot() == null ? config.defaultBot() : settings.bot());
		});
		config.outOfScope().forEach(text -> examples.add(new Utterance(text, Utterance.OUT_OF_SCOPE)));
		try {
			return new BrandModel(IntentClassifier.train(examples, settings(config)), config.defaultBot(), bots);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Brand '" + brand + "' cannot be trained: " + ex.getMessage(), ex);
		}
	}

	private static ClassifierSettings settings(BrandsProperties.Brand config) {
		ClassifierSettings defaults = ClassifierSettings.defaults();
		BrandsProperties.Nlu nlu = config.nlu();
		Map<String, Double> thresholds = new HashMap<>();
		config.intents().forEach((intent, settings) -> {
			if (settings.threshold() != null) {
				thresholds.put(intent, settings.threshold());
			}
		});
		return new ClassifierSettings(
				nlu == null || nlu.outOfScopeThreshold() == null ? defaults.outOfScopeThreshold()
						: nlu.outOfScopeThreshold(),
				nlu == null || nlu.ambiguityMargin() == null ? defaults.ambiguityMargin() : nlu.ambiguityMargin(),
				thresholds, defaults.temperature());
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
