package org.reachback.intent.analysis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the brand catalogue comes from and how often it is checked for changes.
 *
 * @param location a Spring resource location ({@code classpath:}, {@code file:}) of a YAML file
 *     with {@code reachback.brands.<brand>} as in the shipped {@code brands.yml}
 * @param reloadInterval how often the file is checked for changes; zero or negative turns the
 *     check off (the {@code intents} Actuator endpoint can still reload)
 */
@ConfigurationProperties("reachback.brands")
record CatalogueProperties(@DefaultValue("classpath:brands.yml") String location,
		@DefaultValue("10s") Duration reloadInterval) {

	boolean reloads() {
		return !reloadInterval.isNegative() && !reloadInterval.isZero();
	}

}
