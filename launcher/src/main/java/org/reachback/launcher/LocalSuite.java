package org.reachback.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.reachback.infra.LocalKafka;
import org.reachback.infra.LocalPostgres;

/**
 * The whole suite on one machine without Docker: a real Kafka broker (KRaft) and a real PostgreSQL
 * started in this JVM, and the five services as child processes with the demo brand, agents and
 * users. Ctrl-C stops everything.
 */
public final class LocalSuite implements AutoCloseable {

	private final LocalPostgres postgres;

	private final LocalKafka kafka;

	private final List<ServiceProcess> services = new ArrayList<>();

	private LocalSuite(LocalPostgres postgres, LocalKafka kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(System.getProperty("reachback.home", ".")).toAbsolutePath().normalize();
		LocalSuite suite = start(home, Integer.getInteger("reachback.postgres.port", 15432));
		Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "reachback-stop"));
		suite.printWelcome();
		Thread.currentThread().join();
	}

	/** Starts infrastructure and services, and returns once every service reports healthy. */
	public static LocalSuite start(Path home, int postgresPort) {
		LocalSuite suite = new LocalSuite(LocalPostgres.start(postgresPort), LocalKafka.start(3));
		try {
			Path logs = Files.createDirectories(home.resolve("launcher/target/logs"));
			for (Service service : Service.values()) {
				suite.services.add(ServiceProcess.start(home, service, logs, suite.settings()));
			}
			for (ServiceProcess process : suite.services) {
				process.awaitHealthy(Duration.ofMinutes(4));
			}
			return suite;
		}
		catch (Exception | Error ex) {
			suite.close();
			throw new IllegalStateException("The suite did not start: " + ex.getMessage(), ex);
		}
	}

	private List<String> settings() {
		List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=demo",
				"--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + postgres.username(),
				"--spring.datasource.password=" + postgres.password(),
				"--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers()));
		settings.addAll(DemoUsers.asArguments());
		return settings;
	}

	private void printWelcome() {
		System.out.println();
		System.out.println("Reachback is running (demo brand 'acme'; agents maria, li, sam / demo; admin / admin)");
		for (Service service : Service.values()) {
			System.out.printf("  %-20s http://localhost:%d   (API docs: /swagger-ui.html)%n", service.module(),
					service.port());
		}
		System.out.println("  Kafka (KRaft)        " + kafka.bootstrapServers());
		System.out.println("  PostgreSQL           " + postgres.jdbcUrl() + " (postgres / postgres)");
		System.out.println("  Logs                 launcher/target/logs/");
		System.out.println("Press Ctrl-C to stop.");
	}

	@Override
	public void close() {
		services.forEach(ServiceProcess::requestStop);
		services.forEach(ServiceProcess::awaitStop);
		services.clear();
		kafka.close();
		postgres.close();
	}

}
