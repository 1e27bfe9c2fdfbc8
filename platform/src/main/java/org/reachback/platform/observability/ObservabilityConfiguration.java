package org.reachback.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/** Tags every metric with the service that produced it. */
@AutoConfiguration
public class ObservabilityConfiguration {

	@Bean
	MeterRegistryCustomizer<MeterRegistry> applicationTag(@Value("${spring.application.name}") String application) {
		return registry -> registry.config().commonTags("application", application);
	}

}
