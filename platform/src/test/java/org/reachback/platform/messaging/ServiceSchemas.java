package org.reachback.platform.messaging;

import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JVM's shared PostgreSQL as the tests of signals and keys use it: held for a test class, with
 * a schema per service, and connections that work in one schema as a service's instance does.
 */
final class ServiceSchemas {

	private ServiceSchemas() {
	}

	/** Holds the shared server until {@link LocalPostgres#release()} and makes the schemas it lacks. */
	static LocalPostgres retain(String... schemas) {
		LocalPostgres postgres = LocalPostgres.shared();
		postgres.retain();
		JdbcClient admin = JdbcClient
			.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password()));
		for (String schema : schemas) {
			admin.sql("create schema if not exists " + schema).update();
		}
		return postgres;
	}

	/** Connections of one instance of the service that owns {@code schema}. */
	static DriverManagerDataSource connections(LocalPostgres postgres, String schema) {
		return new DriverManagerDataSource(postgres.jdbcUrl() + "?currentSchema=" + schema, postgres.username(),
				postgres.password());
	}

}
