package org.reachback.intent.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/intents}: the brand catalogue this instance serves (per brand its intents,
 * example counts, configuration hash, when and how fast it was trained), the latest reload and the
 * latest rejected file. {@code POST} reloads the catalogue file now, validating again even a file
 * rejected before, and answers what the reload did.
 */
@Component
@Endpoint(id = "intents")
class IntentsEndpoint {

	private final BrandCatalogue catalogue;

	private final CatalogueProperties properties;

	IntentsEndpoint(BrandCatalogue catalogue, CatalogueProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
	}

	@ReadOperation
	Map<String, Object> intents() {
		Catalogue served = catalogue.served();
		Map<String, BrandView> brands = new TreeMap<>();
		served.brands().forEach((brand, model) -> brands.put(brand, BrandView.of(model)));
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("location", catalogue.location());
		view.put("reloadInterval", properties.reloads() ? properties.reloadInterval().toString() : "off");
		view.put("hash", served.hash());
		view.put("loadedAt", served.loadedAt());
		view.put("brands", brands);
		view.put("lastReload", catalogue.lastReload());
		view.put("lastRejection", catalogue.lastRejection());
		return view;
	}

	@WriteOperation
	Reload reload() {
		return catalogue.reload(true);
	}

	record BrandView(List<String> intents, int examples, int outOfScopeExamples, String configHash,
			Instant trainedAt, long trainingMs, Instant configuredAt) {

		static BrandView of(ServedBrand brand) {
			TrainingData data = TrainingData.of(brand.config());
			return new BrandView(data.examplesByIntent().keySet().stream().sorted().toList(), data.exampleCount(),
					data.outOfScope().size(), brand.configHash(), brand.trainedAt(), brand.trainingTime().toMillis(),
					brand.configuredAt());
		}

	}

}
