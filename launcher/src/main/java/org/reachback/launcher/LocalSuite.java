package org.reachback.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.reachback.infra.Directories;
import org.reachback.infra.LocalKafka;
import org.reachback.identity.LocalIssuer;
import org.reachback.infra.LocalPostgres;

/**
 * The whole suite on one machine without Docker: a real Kafka broker (KRaft), a real PostgreSQL and
 * an OpenID Connect issuer with the demo users ({@link LocalIssuer}), and the five services, as child
 * processes with the demo brand and agents. A service that
 * exits unexpectedly is reported and restarted (after 1 s, doubling to 30 s while it keeps crashing
 * at start-up). Ctrl-C stops everything. The run command keeps its data between runs in a data
 * folder ({@code .reachback/} in the working directory, {@code --data DIR} elsewhere,
 * {@code --fresh} to start empty), with a durable PostgreSQL; tests start the suite on temporary
 * data instead.
 */
public final class LocalSuite implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(4);

	/** The local run's broker port; tests take a free one. */
	private static final int KAFKA_PORT = 19092;

	/** Where the local run's issuer listens, also in tests: its address is in every token it signs. */
	public static final int IDENTITY_PORT = 8085;

	public static final String ISSUER = "http://localhost:" + IDENTITY_PORT;

	/** The pages that sign in at the issuer, which sends its answer back to exactly these addresses. */
	private static final List<String> PAGES = List.of("http://localhost:8083/console/", "http://localhost:8083/admin/");

	/** A service restarted after an unexpected exit waits this long, doubled while it keeps crashing. */
	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

	/** A service that ran this long before it exited is restarted after the first backoff again. */
	private static final Duration STABLE = Duration.ofMinutes(1);

	/** The running (or restarting) process of each supervised instance; guarded by {@code this}. */
	private final Map<Instance, ServiceProcess> services = new LinkedHashMap<>();

	private final Map<Instance, Integer> restarts = new HashMap<>();

	private final Map<Instance, Duration> backoffs = new HashMap<>();

	private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "reachback-supervisor");
		thread.setDaemon(true);
		return thread;
	});

	/** Read outside the lock too, by {@link #awaitHealthy(Service)}. */
	private volatile boolean closing;

	private final LocalPostgres postgres;

	private final LocalKafka kafka;

	private final LocalIssuer issuer;

	private final String jdbcUrl;

	private final Path home;

	private final Path logs;

	private final List<String> overrides;

	private final List<Instance> instances;

	/**
	 * The keys of chat stream tickets and callback links, one per suite: every instance of
	 * intent-service must accept what another issued, and a restarted one what it issued before.
	 */
	private final String ticketSecret = randomSecret();

	private final String linkSecret = randomSecret();

	private LocalSuite(Path home, LocalPostgres postgres, String jdbcUrl, LocalKafka kafka, LocalIssuer issuer,
			List<String> overrides, int instances) throws IOException {
		this.home = home.toAbsolutePath().normalize();
		this.jdbcUrl = jdbcUrl;
		this.overrides = List.copyOf(overrides);
		this.instances = instances(instances);
		this.logs = Files.createDirectories(this.home.resolve("launcher/target/logs"));
		for (Instance instance : instances(MOST_INSTANCES)) {
			Files.deleteIfExists(logs.resolve(instance.name() + ".log"));
		}
		this.postgres = postgres;
		this.kafka = kafka;
		this.issuer = issuer;
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(System.getProperty("reachback.home", ".")).toAbsolutePath().normalize();
		Path data = home.resolve(".reachback");
		boolean fresh = false;
		int instances = 1;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--fresh" -> fresh = true;
				case "--data" -> data = Path.of(args[++i]).toAbsolutePath().normalize();
				case "--instances" -> instances = i + 1 < args.length && args[i + 1].matches("[12]")
						? Integer.parseInt(args[++i]) : 0;
				default -> instances = 0;
			}
			if (instances == 0) {
				System.err.println("Unknown option " + args[i] + "; options: [--data DIR] [--fresh] [--instances 1|2]");
				System.exit(2);
				return;
			}
		}
		LocalSuite suite;
		try {
			if (fresh) {
				Directories.delete(data);
			}
			suite = startKeeping(home, data, Integer.getInteger("reachback.postgres.port", 15432), List.of(),
					instances);
		}
		catch (IllegalStateException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
			return;
		}
		suite.printWelcome(data);
		Thread.currentThread().join();
	}

	/** Starts infrastructure and services, and returns once every service reports healthy. */
	public static LocalSuite start(Path home, int postgresPort) {
		return start(home, postgresPort, List.of());
	}

	/**
	 * Starts the suite with settings given to every service on top of the demo ones, such as
	 * {@code --reachback.sessions.chat.no-answer-after=5s}: how the journeys control time without
	 * waiting for real minutes. A service ignores the settings that are not its own.
	 */
	public static LocalSuite start(Path home, int postgresPort, List<String> overrides) {
		return start(home, postgresPort, overrides, 1);
	}

	/**
	 * Starts the suite as {@link #start(Path, int, List)} does, with {@code instances} (1 or 2) of
	 * every service on one broker and one database; see {@link Instance} for their ports.
	 */
	public static LocalSuite start(Path home, int postgresPort, List<String> overrides, int instances) {
		requireFreePorts(instances);
		LocalPostgres postgres = LocalPostgres.start(postgresPort);
		return launchAll(home, postgres, postgres.jdbcUrl(), withBroker(postgres, () -> LocalKafka.start(3)),
				overrides, null, instances);
	}

	/**
	 * Starts the suite on the data kept in {@code data} by earlier runs, or on new data there: a
	 * durable database and a broker that keeps its logs, as the run command does, with settings on
	 * top of the demo ones (see {@link #start(Path, int, List)}), and {@code instances} (1 or 2) of
	 * every service.
	 */
	public static LocalSuite startKeeping(Path home, Path data, int postgresPort, List<String> overrides,
			int instances) {
		requireFreePorts(instances);
		LocalPostgres postgres = LocalPostgres.startKeeping(data.resolve("postgres"), postgresPort);
		LocalKafka kafka = withBroker(postgres,
				() -> LocalKafka.start(data.resolve("kafka"), KAFKA_PORT, KAFKA_PORT, 3));
		return launchAll(home, postgres, postgres.jdbcUrl(), kafka, overrides, data.resolve("identity"), instances);
	}

	/** Starts the broker, stopping the database already started when the broker cannot start. */
	private static LocalKafka withBroker(LocalPostgres postgres, Supplier<LocalKafka> broker) {
		try {
			return broker.get();
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	private static void requireFreePorts(int instances) {
		for (Instance instance : instances(instances)) {
			requireFree(instance.port(), instance.name());
		}
		requireFree(IDENTITY_PORT, "the local issuer");
	}

	/** At most two of each service: their ports are fixed, and two cores run no more. */
	private static final int MOST_INSTANCES = 2;

	/** The instances to run: the first of every service, then the second of every service, and so on. */
	private static List<Instance> instances(int count) {
		if (count < 1 || count > MOST_INSTANCES) {
			throw new IllegalArgumentException("1 or 2 instances of each service, not " + count);
		}
		List<Instance> instances = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			for (Service service : Service.values()) {
				instances.add(new Instance(service, index));
			}
		}
		return List.copyOf(instances);
	}

	private static String randomSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	/**
	 * Starts the services on a database and a broker the caller started, reaching the database at
	 * {@code jdbcUrl} and the broker at its advertised address: through a fault-injecting proxy, for
	 * instance. Closing the suite closes both, as does a failure to start.
	 */
	public static LocalSuite start(Path home, LocalPostgres postgres, String jdbcUrl, LocalKafka kafka,
			List<String> overrides) {
		try {
			requireFreePorts(1);
		}
		catch (IllegalStateException ex) {
			kafka.close();
			postgres.close();
			throw ex;
		}
		return launchAll(home, postgres, jdbcUrl, kafka, overrides, null, 1);
	}

	/**
	 * @param keptKeys where the run command keeps the issuer's signing key, so that a page signed in
	 * before a restart stays signed in; {@code null} for a test's run, which keeps it in the build's
	 * output beside the logs. The run
	 * command's JVM exit (Ctrl-C) stops everything from the moment the suite exists: a signal during
	 * the services' start-up must not leave them running.
	 */
	private static LocalSuite launchAll(Path home, LocalPostgres postgres, String jdbcUrl, LocalKafka kafka,
			List<String> overrides, Path keptKeys, int instances) {
		LocalSuite suite = null;
		LocalIssuer issuer = null;
		try {
			issuer = LocalIssuer.start(IDENTITY_PORT,
					keptKeys != null ? keptKeys : home.resolve("launcher/target/identity"), PAGES);
			suite = new LocalSuite(home, postgres, jdbcUrl, kafka, issuer, overrides, instances);
			if (keptKeys != null) {
				Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "reachback-stop"));
			}
			for (Instance instance : suite.instances) {
				suite.supervise(instance, suite.launch(instance));
			}
			for (Instance instance : suite.instances) {
				suite.awaitHealthy(instance);
			}
			return suite;
		}
		catch (Exception | Error ex) {
			if (suite != null) {
				suite.close();
			}
			else {
				if (issuer != null) {
					issuer.close();
				}
				kafka.close();
				postgres.close();
			}
			throw new IllegalStateException("The suite did not start: " + ex.getMessage(), ex);
		}
	}

	/** The suite's database server, for a test that reads every service's schema as its superuser. */
	public LocalPostgres postgres() {
		return postgres;
	}

	/** Stops one service, as a deployment would; the rest of the suite keeps running. */
	public void stop(Service service) {
		ServiceProcess process = unsupervise(Instance.first(service));
		if (process != null) {
			process.requestStop();
			process.awaitStop();
		}
	}

	/**
	 * Kills one service with SIGKILL, mid-flow, and keeps it down until {@link #start(Service)}
	 * brings it back: a crash whose restart the caller controls.
	 */
	public void kill(Service service) {
		ServiceProcess process = unsupervise(Instance.first(service));
		if (process != null) {
			process.kill();
		}
	}

	/**
	 * Kills one service with SIGKILL and leaves it to the launcher, which reports the crash and
	 * restarts it as it would any service that exits unexpectedly.
	 */
	public void crash(Service service) {
		ServiceProcess process;
		synchronized (this) {
			process = services.get(Instance.first(service));
		}
		if (process != null) {
			process.kill();
		}
	}

	/** How many times the launcher has restarted a service that exited unexpectedly. */
	public synchronized int restarts(Service service) {
		return restarts.getOrDefault(Instance.first(service), 0);
	}

	/** Starts a stopped service again and returns once it reports healthy. */
	public void start(Service service) throws IOException {
		Instance instance = Instance.first(service);
		supervise(instance, launch(instance));
		awaitHealthy(instance);
	}

	/**
	 * Waits until the service reports ready, following the launcher's restarts of it; fails when it
	 * is not within the start-up time.
	 */
	public void awaitHealthy(Service service) {
		awaitHealthy(Instance.first(service));
	}

	private void awaitHealthy(Instance instance) {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (true) {
			ServiceProcess process;
			synchronized (this) {
				process = services.get(instance);
			}
			if (process == null) {
				throw new IllegalStateException(instance.name() + " is stopped");
			}
			try {
				process.awaitHealthy(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
				return;
			}
			catch (IllegalStateException exited) {
				if (System.nanoTime() >= deadline || closing) {
					throw exited;
				}
				awaitReplacement(instance, process, deadline);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + instance.name(), ex);
			}
		}
	}

	private synchronized void awaitReplacement(Instance instance, ServiceProcess exited, long deadline) {
		try {
			while (services.get(instance) == exited && !closing && System.nanoTime() < deadline) {
				wait(500);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + instance.name(), ex);
		}
	}

	private synchronized ServiceProcess unsupervise(Instance instance) {
		return services.remove(instance);
	}

	/** From now on an exit of {@code process} that nobody asked for is reported and restarted. */
	private synchronized void supervise(Instance instance, ServiceProcess process) {
		if (closing) {
			// started while the suite was being stopped: it must not outlive it
			process.kill();
			return;
		}
		services.put(instance, process);
		notifyAll();
		Instant started = Instant.now();
		process.onExit().thenRun(() -> exited(instance, process, started));
	}

	private synchronized void exited(Instance instance, ServiceProcess process, Instant started) {
		if (closing || services.get(instance) != process) {
			return;
		}
		// A service that keeps crashing at start-up is retried ever less often, up to every 30 s.
		Duration previous = backoffs.get(instance);
		Duration backoff = previous != null && Duration.between(started, Instant.now()).compareTo(STABLE) < 0
				? min(previous.multipliedBy(2), LONGEST_BACKOFF) : FIRST_BACKOFF;
		backoffs.put(instance, backoff);
		System.err.printf("[reachback] %s exited unexpectedly with code %d; restarting it in %d s (its log: %s)%n",
				instance.name(), process.exitCode(), backoff.toSeconds(), process.log());
		supervisor.schedule(() -> relaunch(instance, process), backoff.toMillis(), TimeUnit.MILLISECONDS);
	}

	private synchronized void relaunch(Instance instance, ServiceProcess exited) {
		if (closing || services.get(instance) != exited) {
			return;
		}
		try {
			supervise(instance, launch(instance));
			restarts.merge(instance, 1, Integer::sum);
		}
		catch (IOException | RuntimeException ex) {
			System.err.printf("[reachback] %s could not be restarted: %s; trying again in %d s%n", instance.name(),
					ex.getMessage(), LONGEST_BACKOFF.toSeconds());
			supervisor.schedule(() -> relaunch(instance, exited), LONGEST_BACKOFF.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/** Stops PostgreSQL, keeping its data, as a database restart or fail-over would. */
	public void stopDatabase() {
		postgres.stopKeepingData();
	}

	/** Starts PostgreSQL again on the same port with the same data. */
	public void startDatabase() {
		postgres.resume();
	}

	/** Where each service's output goes, one {@code <module>.log} each. */
	public Path logs() {
		return logs;
	}

	/** The broker's address, for benchmarks that publish as another system would. */
	public String kafkaBootstrapServers() {
		return kafka.bootstrapServers();
	}

	/** The operating-system process id of each running service's first instance, for measuring them. */
	public synchronized Map<Service, Long> processIds() {
		Map<Service, Long> ids = new EnumMap<>(Service.class);
		services.forEach((instance, process) -> {
			if (instance.index() == 0) {
				ids.put(instance.service(), process.pid());
			}
		});
		return ids;
	}

	/** Another process on a service's port would answer its health checks; refuse to start instead. */
	private static void requireFree(int port, String user) {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " for " + user + " is in use; is Reachback already running?",
					ex);
		}
	}

	private ServiceProcess launch(Instance instance) throws IOException {
		return ServiceProcess.start(home, instance, logs, settings(instance));
	}

	/** Each service connects as its own role, which owns its schema and can only read the shared views. */
	private List<String> settings(Instance instance) {
		Service service = instance.service();
		String password = postgres.provisionServiceRole(service.schema());
		List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=demo",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + service.schema(),
				"--spring.datasource.password=" + password,
				"--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.issuer() + "/oauth2/jwks",
				"--reachback.pages.identity.issuer=" + issuer.issuer(),
				"--reachback.chat.ticket-secret=" + ticketSecret, "--reachback.links.secret=" + linkSecret));
		if (service == Service.SESSION && instance.index() > 0) {
			settings.add("--reachback.sip.port=" + instance.sipPort());
		}
		settings.addAll(overrides);
		return settings;
	}

	private void printWelcome(Path data) {
		System.out.println();
		System.out.println("Reachback is running (demo brand 'acme'; demo users of the local run only: agents maria, li,"
				+ " sam / demo; supervisor / demo; admin / admin)");
		for (Instance instance : instances) {
			System.out.printf("  %-20s http://localhost:%d   (API docs: /swagger-ui.html)%n", instance.name(),
					instance.port());
		}
		System.out.println("  Pages                http://localhost:8080/ (the chat widget on a demo brand page),"
				+ " http://localhost:8083/console/ (agents), http://localhost:8083/admin/ (administrator)");
		System.out.println("  SIP (voice calls)    session-service on 127.0.0.1:5060 (UDP, TCP)"
				+ (instances.size() > Service.values().length ? ", session-service-2 on :5160" : "") + "; agents' phones"
				+ " 127.0.0.1:5071 (maria), :5072 (li), :5073 (sam); customers through the trunk at 127.0.0.1:5080");
		System.out.println("  Sign-in (OIDC)       " + issuer.issuer() + " (a token for curl: see README)");
		System.out.println("  Kafka (KRaft)        " + kafka.bootstrapServers());
		System.out.println("  PostgreSQL           " + postgres.jdbcUrl()
				+ " (superuser postgres / postgres; each service as its own role, password = role name)");
		System.out.println("  Logs                 launcher/target/logs/ (Kafka's in " + data.resolve("kafka") + ")");
		System.out.println("  Data                 " + data + " (kept between runs; --fresh starts empty)");
		System.out.println("Press Ctrl-C to stop.");
	}

	@Override
	public void close() {
		List<ServiceProcess> running;
		synchronized (this) {
			closing = true;
			notifyAll();
			running = List.copyOf(services.values());
			services.clear();
		}
		supervisor.shutdownNow();
		running.forEach(ServiceProcess::requestStop);
		running.forEach(ServiceProcess::awaitStop);
		issuer.close();
		kafka.close();
		postgres.close();
	}

}
