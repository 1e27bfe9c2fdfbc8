package org.reachback.testing;

import java.util.Map;

import org.reachback.infra.LocalPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's data source at the JVM's shared embedded PostgreSQL, and holds the
 * server open until the context has closed, so contexts closing at JVM exit still have their database.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalPostgres postgres = LocalPostgres.shared();
		postgres.retain();
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				postgres.release();
			}
		});
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.jdbcUrl(), "spring.datasource.username",
							postgres.username(), "spring.datasource.password", postgres.password())));
	}

}
