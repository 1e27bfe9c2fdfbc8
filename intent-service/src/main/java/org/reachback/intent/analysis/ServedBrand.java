package org.reachback.intent.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * A brand as it is being served: its configuration, the model built from it, and when and how
 * long its classifier was trained.
 *
 * @param configHash SHA-256 of the brand's configuration in canonical form
 * @param trainedAt when the classifier was trained; earlier than {@code configuredAt} when a later
 *     change only touched settings or routing
 * @param trainingTime how long training took
 * @param configuredAt when this configuration started to be served
 */
record ServedBrand(BrandsProperties.Brand config, String configHash, BrandModel model, Instant trainedAt,
		Duration trainingTime, Instant configuredAt) {

	/** The same trained classifier with the settings and routing of {@code newConfig}. */
	ServedBrand reconfigure(String brand, BrandsProperties.Brand newConfig, Instant now) {
		return new ServedBrand(newConfig, ConfigurationHash.of(newConfig), model.reconfigure(brand, newConfig),
				trainedAt, trainingTime, now);
	}

}
