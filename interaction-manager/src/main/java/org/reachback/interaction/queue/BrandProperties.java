package org.reachback.interaction.queue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The configured brands, {@code reachback.brands.<brand>.queues}: the queues that serve each brand's customers. */
@ConfigurationProperties("reachback")
record BrandProperties(Map<String, Brand> brands) {

	BrandProperties {
		brands = brands == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(brands));
	}

	record Brand(List<String> queues) {

		Brand {
			queues = queues == null ? List.of() : List.copyOf(queues);
		}

	}

}
