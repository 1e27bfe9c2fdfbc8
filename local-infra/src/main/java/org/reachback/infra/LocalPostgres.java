package org.reachback.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven-served binaries, running as a child process. Tests in one JVM
 * share one server ({@link #shared()}); every service keeps to its own schema in it.
 */
public final class LocalPostgres implements AutoCloseable {

	private static LocalPostgres shared;

	private static final Duration LONGEST_WAIT_FOR_USERS = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private int users;

	private LocalPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server on {@code port}, or on a free port when {@code port} is 0. The caller stops it,
	 * so that it outlives the services using it during shutdown.
	 */
	public static LocalPostgres start(int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off");
			if (port > 0) {
				builder.setPort(port);
			}
			return new LocalPostgres(builder.start());
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

	synchronized void retain() {
		users++;
	}

	synchronized void release() {
		users--;
		notifyAll();
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

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

	public int port() {
		return postgres.getPort();
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return "postgres";
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
