package org.reachback.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven-served binaries, running as a child process. Tests in one JVM
 * share one server ({@link #shared()}); every service keeps to its own schema in it. It can be
 * restarted on the same port and data, as a database restart in production would be, or crashed
 * (immediate shutdown, which skips the checkpoint and recovers from the write-ahead log on start).
 * Tests run it with {@code fsync=off}, which loses nothing unless the machine itself fails; a run
 * that keeps its data between runs starts it durable, with PostgreSQL's defaults.
 */
public final class LocalPostgres implements AutoCloseable {

	private static final Duration LONGEST_WAIT_FOR_USERS = Duration.ofSeconds(30);

	/**
	 * Whether the server counts every statement it runs ({@code pg_stat_statements}, a view in the
	 * default database), for the performance harness: {@code -Dreachback.postgres.statement-statistics=true}.
	 */
	public static final boolean STATEMENT_STATISTICS = Boolean.getBoolean("reachback.postgres.statement-statistics");

	private static LocalPostgres shared;

	private final int port;

	private final Path dataDirectory;

	private final boolean temporary;

	private final boolean durable;

	private EmbeddedPostgres postgres;

	private int users;

	private LocalPostgres(int port, Path dataDirectory, boolean temporary, boolean durable) {
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.temporary = temporary;
		this.durable = durable;
		this.postgres = run();
	}

	/**
	 * Starts a server on {@code port}, or on a free port when {@code port} is 0, on a temporary data
	 * directory deleted on {@link #close()}. The caller stops it, so that it outlives the services
	 * using it during shutdown.
	 */
	public static LocalPostgres start(int port) {
		try {
			return new LocalPostgres(port > 0 ? port : Ports.free(), Files.createTempDirectory("reachback-postgres"),
					true, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	/**
	 * Starts a durable server ({@code fsync} on) whose data stays in {@code dataDirectory} after
	 * {@link #close()}, created on first use and found again by the next start on it.
	 */
	public static LocalPostgres startKeeping(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
			return new LocalPostgres(port > 0 ? port : Ports.free(), dataDirectory, false, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, ex);
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

	/**
	 * Crashes the server as a power cut or a kill of the database would: an immediate shutdown
	 * (SIGQUIT, as {@code pg_ctl stop -m immediate}), no checkpoint; {@link #resume()} recovers it.
	 */
	public synchronized void crash() {
		if (postgres == null) {
			return;
		}
		ProcessHandle postmaster = postgres.getProcess().toHandle();
		try {
			Process signal = new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.pid())).start();
			signal.waitFor(10, TimeUnit.SECONDS);
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			postmaster.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stopServer();
	}

	/** Starts a server stopped by {@link #stopKeepingData()} or {@link #crash()} again on the same port and data. */
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
		if (temporary) {
			Directories.delete(dataDirectory);
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
				.setServerConfig("fsync", durable ? "on" : "off")
				// zonky turns it off by default: a crash of the server would then lose commits it had acknowledged
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("shared_preload_libraries", STATEMENT_STATISTICS ? "pg_stat_statements" : "")
				.start();
			new ServiceRoles(jdbcUrl(), username(), password()).ensureShared();
			if (STATEMENT_STATISTICS) {
				try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password());
						Statement statement = connection.createStatement()) {
					statement.execute("create extension if not exists pg_stat_statements");
				}
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL on port " + port, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create pg_stat_statements", ex);
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

}
