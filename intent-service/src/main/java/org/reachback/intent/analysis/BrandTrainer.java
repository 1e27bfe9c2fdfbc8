package org.reachback.intent.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Trains one brand's classifier, logs how long it took and records it as the timer
 * {@code reachback.intent.training} (tag {@code brand}), so that the time a brand adds to start-up
 * and to a reload can be watched.
 */
@Component
class BrandTrainer {

	private static final Logger log = LoggerFactory.getLogger(BrandTrainer.class);

	private final Clock clock;

	private final MeterRegistry registry;

	BrandTrainer(Clock clock, MeterRegistry registry) {
		this.clock = clock;
		this.registry = registry;
	}

	/** @throws IllegalStateException when the configuration cannot make a working brand */
	ServedBrand train(String brand, BrandsProperties.Brand config) {
		long started = System.nanoTime();
		BrandModel model = BrandModel.train(brand, config);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Timer.builder("reachback.intent.training")
			.description("Training of one brand's intent classifier")
			.tag("brand", brand)
			.register(registry)
			.record(took);
		TrainingData data = TrainingData.of(config);
		log.info("Trained the intent classifier of brand '{}' ({} intents, {} examples, {} out of scope) in {} ms",
				brand, data.examplesByIntent().size(), data.exampleCount(), data.outOfScope().size(), took.toMillis());
		Instant now = clock.instant();
		return new ServedBrand(config, ConfigurationHash.of(config), model, now, took, now);
	}

}
