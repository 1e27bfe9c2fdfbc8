package org.reachback.callback;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What callback-service needs to know of each brand, under {@code reachback.brands.<brand>}: the
 * countries whose numbers it calls back ({@code callable-countries}, ISO 3166 alpha-2 codes); a
 * brand not listed, or with no countries, calls every country.
 */
@ConfigurationProperties("reachback")
public record Brands(Map<String, Brand> brands) {

	public Brands {
		brands = brands == null ? Map.of() : Map.copyOf(brands);
	}

	/** @return the brand's callable countries; empty for every country */
	public List<String> callableCountries(String brand) {
		Brand found = brand == null ? null : brands.get(brand);
		return found == null ? List.of() : found.callableCountries();
	}

	public record Brand(@DefaultValue List<String> callableCountries) {
	}

}
