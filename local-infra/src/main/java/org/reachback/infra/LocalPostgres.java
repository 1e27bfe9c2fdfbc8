package org.reachback.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven-served binaries, running as a child process. Tests in one JVM
 * share one server ({@link #shared()}); every service keeps to its own schema in it. It can be
 * restarted on the same port and data, as a database restart in production would be.
 */
public final class LocalPostgres implements AutoCloseable {

	private static final Duration LONGEST_WAIT_FOR_USERS = Duration.ofSeconds(30);

	private static LocalPostgres shared;

	private final int port;

	private final Path dataDirectory;

	private EmbeddedPostgres postgres;

	private int users;

	private LocalPostgres(int port, Path dataDirectory) {
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.postgres = run();
	}

	/**
	 * Starts a server on {@code port}, or on a free port when {@code port} is 0. The caller stops it,
	 * so that it outlives the services using it during shutdown.
	 */
	public static LocalPostgres start(int port) {
		try {
			return new LocalPostgres(port > 0 ? port : freePort(), Files.createTempDirectory("reachback-postgres"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	/**
	 * The server every test of this JVM shares, started on first use and stopped at exit once its
	 * users have released it (Spring contexts close in their own shutdown hooks, at the same time).
	 */
	public static synchronized LocalPostgres shared() {
		if (shared == null) {
			LocalPostgres postgres = start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				postgres.awaitNoUsers(LONGEST_WAIT_FOR_USERS);
				postgres.close();
			}, "embedded-postgres-stop"));
			shared = postgres;
		}
		return shared;
	}

	/** Stops the server, keeping its data, until {@link #resume()}. */
	public synchronized void stopKeepingData() {
		stopServer();
	}

	/** Starts a server stopped by {@link #stopKeepingData()} again on the same port and data. */
	public synchronized void resume() {
		if (postgres == null) {
			postgres = run();
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public int port() {
		return port;
	}

	/**
	 * Creates the database role a service connects as, unless it exists: it owns the schema named
	 * like it and may only read the views other services grant to all services (local run only:
	 * the password is the role's name).
	 * @return the role's password
	 */
	public String provisionServiceRole(String role) {
		new ServiceRoles(jdbcUrl(), username(), password()).ensure(role, role);
		return role;
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return "postgres";
	}

	/** Holds the server open for one more user, until {@link #release()}. */
	public synchronized void retain() {
		users++;
	}

	public synchronized void release() {
		users--;
		notifyAll();
	}

	@Override
	public synchronized void close() {
		stopServer();
		try (Stream<Path> files = Files.walk(dataDirectory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private EmbeddedPostgres run() {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.start();
			new ServiceRoles(jdbcUrl(), username(), password()).ensureViewsReader();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL on port " + port, ex);
		}
	}

	private void stopServer() {
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			postgres = null;
		}
	}

	private synchronized void awaitNoUsers(Duration longest) {
		long deadline = System.nanoTime() + longest.toNanos();
		try {
			while (users > 0 && System.nanoTime() < deadline) {
				wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
