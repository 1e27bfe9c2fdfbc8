package org.reachback.intent.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a newly read brand catalogue differs from the one being served, brand by brand. Only a new
 * brand or one whose {@link TrainingData} changed needs training; a brand whose bots, thresholds or
 * margin changed keeps its trained model with new settings.
 *
 * @param retrain brands to train: new ones, and those whose intents or examples changed
 * @param reconfigure brands whose trained model is kept with new decision settings and routing
 * @param unchanged brands configured exactly as before
 * @param removed brands served now but absent from the new catalogue
 */
record CatalogueChange(Set<String> retrain, Set<String> reconfigure, Set<String> unchanged, Set<String> removed) {

	static CatalogueChange between(Map<String, BrandsProperties.Brand> serving,
			Map<String, BrandsProperties.Brand> read) {
		SortedSet<String> retrain = new TreeSet<>();
		SortedSet<String> reconfigure = new TreeSet<>();
		SortedSet<String> unchanged = new TreeSet<>();
		read.forEach((brand, config) -> {
			BrandsProperties.Brand before = serving.get(brand);
			if (before == null || !TrainingData.of(before).equals(TrainingData.of(config))) {
				retrain.add(brand);
			}
			else if (before.equals(config)) {
				unchanged.add(brand);
			}
			else {
				reconfigure.add(brand);
			}
		});
		SortedSet<String> removed = new TreeSet<>(serving.keySet());
		removed.removeAll(read.keySet());
		return new CatalogueChange(Collections.unmodifiableSortedSet(retrain),
				Collections.unmodifiableSortedSet(reconfigure), Collections.unmodifiableSortedSet(unchanged),
				Collections.unmodifiableSortedSet(removed));
	}

}
