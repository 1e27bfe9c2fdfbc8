package org.reachback.infra;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points a Spring test context's data source at the JVM's shared embedded PostgreSQL. */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalPostgres postgres = LocalPostgres.shared();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.jdbcUrl(), "spring.datasource.username",
							postgres.username(), "spring.datasource.password", postgres.password())));
	}

}
