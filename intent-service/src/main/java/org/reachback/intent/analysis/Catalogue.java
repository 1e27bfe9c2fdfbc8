package org.reachback.intent.analysis;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The brands being served, as one immutable value: a reload builds a new catalogue and swaps it in
 * whole, so a reader sees either the old or the new one, never a mix.
 *
 * @param hash SHA-256 of the catalogue file it was built from
 * @param loadedAt when it started to be served
 * @param brands brand id to the brand as served, sorted by id
 */
record Catalogue(String hash, Instant loadedAt, SortedMap<String, ServedBrand> brands) {

	Catalogue {
		brands = Collections.unmodifiableSortedMap(new TreeMap<>(brands));
	}

	static Catalogue empty() {
		return new Catalogue("", Instant.EPOCH, new TreeMap<>());
	}

	/** Each brand's configuration as served. */
	Map<String, BrandsProperties.Brand> configs() {
		Map<String, BrandsProperties.Brand> configs = new TreeMap<>();
		brands.forEach((brand, served) -> configs.put(brand, served.config()));
		return configs;
	}

}
