package org.reachback.intent.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the brand catalogue from {@code reachback.brands.location}. The file is bound with Spring
 * Boot's relaxed binding to {@link BrandsProperties}, exactly as a file imported into the
 * application's configuration would be, but outside the environment so that it can be read again.
 */
@Component
class CatalogueSource {

	private final String location;

	private final ResourceLoader resources;

	CatalogueSource(CatalogueProperties properties, ResourceLoader resources) {
		this.location = properties.location();
		this.resources = resources;
	}

	String location() {
		return location;
	}

	/** @throws IllegalStateException when the file cannot be read */
	Content read() {
		Resource resource = resources.getResource(location);
		try {
			return new Content(resource.getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the brand catalogue " + location + ": " + ex.getMessage(), ex);
		}
	}

	/** One reading of the file: its bytes, and their SHA-256 hash. */
	record Content(byte[] bytes, String hash) {

		Content(byte[] bytes) {
			this(bytes, ConfigurationHash.of(bytes));
		}

		/**
		 * The brands configured in this reading.
		 *
		 * @throws IllegalStateException when it is not YAML, does not bind or configures no brand
		 */
		Map<String, BrandsProperties.Brand> brands() {
			BrandsProperties catalogue;
			try {
				List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("brand catalogue",
						new ByteArrayResource(bytes));
				catalogue = new Binder(ConfigurationPropertySources.from(sources))
					.bind("reachback", BrandsProperties.class)
					.orElseGet(() -> new BrandsProperties(null));
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalStateException("The brand catalogue is not valid: " + reason(ex), ex);
			}
			if (catalogue.brands().isEmpty()) {
				throw new IllegalStateException("The brand catalogue configures no brand under reachback.brands");
			}
			return catalogue.brands();
		}

		/** Binding failures hide the useful message in their causes. */
		private static String reason(Throwable ex) {
			StringBuilder reason = new StringBuilder(String.valueOf(ex.getMessage()));
			for (Throwable cause = ex.getCause(); cause != null && cause != ex; cause = cause.getCause()) {
				reason.append(": ").append(cause.getMessage());
			}
			return reason.toString().replaceAll("\\s*\\R\\s*", " ");
		}

	}

}
