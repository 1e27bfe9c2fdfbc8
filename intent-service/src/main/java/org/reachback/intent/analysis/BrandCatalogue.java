package org.reachback.intent.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The brands being served, read from the catalogue file at start-up (a catalogue that cannot work
 * stops the start) and again on {@link #reload}. A reload that finds the file changed validates
 * it, trains only the brands whose intents or examples changed, gives the others their new
 * settings, and swaps the whole catalogue in one write; until then, and for good when the file is
 * invalid, the previous catalogue keeps serving. Reloads are counted as
 * {@code reachback.intent.catalogue.reloads} (tag {@code outcome}); the gauge
 * {@code reachback.intent.catalogue.rejected} is 1 while the latest file read was rejected.
 */
@Component
class BrandCatalogue {

	private static final Logger log = LoggerFactory.getLogger(BrandCatalogue.class);

	private final CatalogueSource source;

	private final BrandTrainer trainer;

	private final Clock clock;

	private final MeterRegistry registry;

	private volatile Catalogue served;

	/** The latest reload that did not find the file unchanged; {@code null} before the first. */
	private volatile Reload lastReload;

	/** The latest rejected file; kept after a later file is applied, as history. */
	private volatile Reload lastRejection;

	BrandCatalogue(CatalogueSource source, BrandTrainer trainer, Clock clock, MeterRegistry registry) {
		this.source = source;
		this.trainer = trainer;
		this.clock = clock;
		this.registry = registry;
		CatalogueSource.Content content = source.read();
		Map<String, BrandsProperties.Brand> brands = content.brands();
		this.served = build(content.hash(), brands, CatalogueChange.between(Map.of(), brands), Catalogue.empty());
		log.info("Serving brands {} from {} (SHA-256 {})", served.brands().keySet(), source.location(),
				content.hash());
		Gauge.builder("reachback.intent.catalogue.rejected", this, catalogue -> catalogue.rejected() ? 1 : 0)
			.description("1 while the latest brand catalogue read was rejected and an older one is served")
			.register(registry);
	}

	/** The model serving {@code brand} now, or {@code null} when the brand is not served. */
	BrandModel model(String brand) {
		ServedBrand brandServed = served.brands().get(brand);
		return brandServed == null ? null : brandServed.model();
	}

	Catalogue served() {
		return served;
	}

	Reload lastReload() {
		return lastReload;
	}

	Reload lastRejection() {
		return lastRejection;
	}

	String location() {
		return source.location();
	}

	/**
	 * Reads the catalogue file and serves it if it changed and is valid. One reload runs at a time.
	 *
	 * @param force validate again a file that was rejected before; otherwise such a file is
	 *     answered with its earlier rejection, so that a periodic check logs it once
	 */
	synchronized Reload reload(boolean force) {
		Instant now = clock.instant();
		CatalogueSource.Content content;
		try {
			content = source.read();
		}
		catch (IllegalStateException ex) {
			return repeatedRejection(null, force) ? lastReload : reject(now, null, ex.getMessage());
		}
		if (content.hash().equals(served.hash())) {
			return Reload.unchanged(now, content.hash());
		}
		if (repeatedRejection(content.hash(), force)) {
			return lastReload;
		}
		try {
			Map<String, BrandsProperties.Brand> brands = content.brands();
			brands.forEach(BrandModel::check);
			CatalogueChange change = CatalogueChange.between(served.configs(), brands);
			served = build(content.hash(), brands, change, served);
			log.info("Reloaded the brand catalogue {} (SHA-256 {}): retrained {}, re-configured {}, removed {}, "
					+ "unchanged {}", source.location(), content.hash(), change.retrain(), change.reconfigure(),
					change.removed(), change.unchanged());
			return record(Reload.applied(now, content.hash(), change));
		}
		catch (IllegalStateException ex) {
			return reject(now, content.hash(), ex.getMessage());
		}
	}

	private boolean repeatedRejection(String hash, boolean force) {
		Reload last = lastReload;
		return !force && last != null && last.rejected() && Objects.equals(last.hash(), hash);
	}

	private Reload reject(Instant now, String hash, String reason) {
		log.warn("Rejected the brand catalogue {} (SHA-256 {}); still serving SHA-256 {}: {}", source.location(),
				hash, served.hash(), reason);
		Reload rejection = record(Reload.rejected(now, hash, reason));
		lastRejection = rejection;
		return rejection;
	}

	private Reload record(Reload reload) {
		lastReload = reload;
		registry.counter("reachback.intent.catalogue.reloads", "outcome", reload.outcome().name().toLowerCase())
			.increment();
		return reload;
	}

	private boolean rejected() {
		Reload last = lastReload;
		return last != null && last.rejected();
	}

	/** Trains what {@code change} says must be trained; the rest comes from {@code before}. */
	private Catalogue build(String hash, Map<String, BrandsProperties.Brand> brands, CatalogueChange change,
			Catalogue before) {
		Instant now = clock.instant();
		SortedMap<String, ServedBrand> next = new TreeMap<>();
		brands.forEach((brand, config) -> {
			ServedBrand previous = before.brands().get(brand);
			if (change.retrain().contains(brand)) {
				next.put(brand, trainer.train(brand, config));
			}
			else if (change.reconfigure().contains(brand)) {
				next.put(brand, previous.reconfigure(brand, config, now));
			}
			else {
				next.put(brand, previous);
			}
		});
		return new Catalogue(hash, now, next);
	}

}
