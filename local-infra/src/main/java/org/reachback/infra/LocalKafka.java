package org.reachback.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarFile;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), running as a child
 * JVM from the Kafka jars this process was started with. As a process of its own it can be killed
 * with SIGKILL and started again on the same port and logs, as a broker crash and restart would be.
 * Its logs live in a data directory, formatted on first use, so a broker started on the same directory
 * again keeps its topics, records and consumer offsets.
 */
public final class LocalKafka implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private final Path directory;

	private final boolean temporary;

	private final int port;

	private final int advertisedPort;

	private final Path config;

	private Process broker;

	private LocalKafka(Path directory, boolean temporary, int port, int advertisedPort, int partitions)
			throws IOException {
		this.directory = directory;
		this.temporary = temporary;
		this.port = port;
		this.advertisedPort = advertisedPort;
		this.config = writeConfig(partitions, Ports.free());
	}

	/**
	 * Starts a broker that, like a production cluster, never creates a topic on first use: the
	 * services declare theirs with {@code partitions} partitions at start-up. Its logs are in a
	 * temporary directory, deleted on {@link #close()}.
	 */
	public static LocalKafka start(int partitions) {
		try {
			int port = Ports.free();
			return start(Files.createTempDirectory("reachback-kafka"), true, port, port, partitions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local Kafka broker", ex);
		}
	}

	/**
	 * Starts a broker that keeps its logs in {@code directory}, listening on {@code port} and telling
	 * clients to connect to {@code advertisedPort}: the same port, or that of a proxy in between.
	 */
	public static LocalKafka start(Path directory, int port, int advertisedPort, int partitions) {
		return start(directory, false, port, advertisedPort, partitions);
	}

	private static LocalKafka start(Path directory, boolean temporary, int port, int advertisedPort, int partitions) {
		try {
			Files.createDirectories(directory);
			LocalKafka kafka = new LocalKafka(directory, temporary, port, advertisedPort, partitions);
			kafka.formatOnFirstUse();
			kafka.run();
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local Kafka broker in " + directory, ex);
		}
	}

	/** Where clients connect: the advertised port. */
	public String bootstrapServers() {
		return "localhost:" + advertisedPort;
	}

	/** The port the broker itself listens on, behind any proxy. */
	public int port() {
		return port;
	}

	/** Kills the broker with SIGKILL: unflushed pages are the operating system's, as in a crash. */
	public synchronized void kill() {
		if (broker != null) {
			broker.destroyForcibly();
			awaitExit(broker);
			broker = null;
		}
	}

	/** Starts a killed or stopped broker again on the same port and logs, and waits until it answers. */
	public synchronized void restart() {
		if (broker == null) {
			run();
		}
	}

	@Override
	public synchronized void close() {
		if (broker != null) {
			broker.destroy();
			if (!awaitExit(broker)) {
				broker.destroyForcibly();
				awaitExit(broker);
			}
			broker = null;
		}
		if (temporary) {
			Directories.delete(directory);
		}
	}

	private void formatOnFirstUse() throws IOException {
		if (Files.exists(directory.resolve("logs").resolve("meta.properties"))) {
			return;
		}
		List<String> format = new ArrayList<>(javaCommand("kafka.tools.StorageTool"));
		format.addAll(List.of("format", "--ignore-formatted", "--cluster-id", Uuid.randomUuid().toString(), "--config",
				config.toString()));
		Process formatter = new ProcessBuilder(format).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
			.start();
		try {
			if (!formatter.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS) || formatter.exitValue() != 0) {
				formatter.destroyForcibly();
				throw new IllegalStateException(
						"Formatting Kafka's logs failed; see " + directory.resolve("kafka.log"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while formatting Kafka's logs", ex);
		}
	}

	private void run() {
		try {
			List<String> command = new ArrayList<>(javaCommand("kafka.Kafka"));
			command.add(config.toString());
			broker = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the Kafka broker", ex);
		}
		awaitAnswering();
	}

	/** The broker answers once it has joined its own quorum and serves metadata on its own port. */
	private void awaitAnswering() {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		awaitListening(deadline);
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000))) {
			while (System.nanoTime() < deadline) {
				if (!broker.isAlive()) {
					throw new IllegalStateException(
							"Kafka exited with " + broker.exitValue() + "; see " + directory.resolve("kafka.log"));
				}
				try {
					admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
					return;
				}
				catch (ExecutionException | TimeoutException notYet) {
					// still starting
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
		throw new IllegalStateException(
				"Kafka did not answer within " + STARTUP + "; see " + directory.resolve("kafka.log"));
	}

	/** Waits for the port first, so that the admin client does not log a warning per failed connection. */
	private void awaitListening(long deadline) {
		while (System.nanoTime() < deadline && broker.isAlive()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 1000);
				return;
			}
			catch (IOException notYet) {
				LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
			}
		}
	}

	private Path writeConfig(int partitions, int controllerPort) throws IOException {
		Properties properties = new Properties();
		properties.putAll(Map.ofEntries(Map.entry("process.roles", "broker,controller"), Map.entry("node.id", "1"),
				Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
				Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
				Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + advertisedPort),
				Map.entry("controller.listener.names", "CONTROLLER"),
				Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
				Map.entry("inter.broker.listener.name", "PLAINTEXT"),
				Map.entry("log.dirs", directory.resolve("logs").toString()),
				Map.entry("auto.create.topics.enable", "false"), Map.entry("num.partitions", String.valueOf(partitions)),
				Map.entry("offsets.topic.replication.factor", "1"), Map.entry("offsets.topic.num.partitions", "5"),
				Map.entry("transaction.state.log.replication.factor", "1"),
				Map.entry("transaction.state.log.min.isr", "1"),
				Map.entry("share.coordinator.state.topic.replication.factor", "1"),
				Map.entry("group.initial.rebalance.delay.ms", "0")));
		Path file = directory.resolve("server.properties");
		try (var out = Files.newBufferedWriter(file)) {
			properties.store(out, "Written by the Reachback launcher on every start");
		}
		return file;
	}

	/**
	 * Runs {@code mainClass} in a child JVM with this process's class path. Inside a Spring Boot jar
	 * (the launcher's), the classes are nested, so the jar's own PropertiesLauncher loads them.
	 */
	private static List<String> javaCommand(String mainClass) throws IOException {
		String classPath = System.getProperty("java.class.path");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath));
		if (isSpringBootJar(classPath)) {
			command.add(command.size() - 2, "-Dloader.main=" + mainClass);
			command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		else {
			command.add(mainClass);
		}
		return command;
	}

	private static boolean isSpringBootJar(String classPath) throws IOException {
		if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
			return false;
		}
		try (JarFile jar = new JarFile(classPath)) {
			return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Spring-Boot-Lib") != null;
		}
	}

	private static boolean awaitExit(Process process) {
		try {
			return process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
