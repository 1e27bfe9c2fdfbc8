package org.reachback.platform.messaging;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells every instance of a service that something changed, through PostgreSQL's
 * {@code LISTEN}/{@code NOTIFY}: what keeps the live views (a customer's chat stream, an agent
 * following a session) up to date whichever instance their client is connected to. A signal sent in
 * a transaction reaches the listeners of every instance, this one included, once and only if it
 * commits; it carries an id (a chat's, a session's), never data, and the listener reads what
 * changed from the database.
 * <p>
 * One thread per instance holds one connection of the pool for listening. When that connection
 * is lost (the database restarting, a connection cut), signals sent meanwhile are lost with it: the
 * thread connects again every {@link #RECONNECT} and then tells every listener it may have
 * {@linkplain Listener#missed() missed some}. Channels are per schema, so the services sharing one
 * database never hear each other's, unless a channel is named with its schema
 * ({@code keyring.erased}): every service that listens on such a channel hears it.
 * <p>
 * Written here rather than taken from a library: pgjdbc's notification API is the whole of it, and
 * Spring Integration's PostgreSQL channel needs its own message table and store.
 */
public class Signals implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Signals.class);

	static final Duration RECONNECT = Duration.ofSeconds(1);

	/** How long one wait for notifications lasts, and so how long stopping may wait for the thread. */
	private static final Duration WAIT = Duration.ofMillis(500);

	/** How long the listener goes without a notification before it checks its connection is alive. */
	private static final Duration IDLE_CHECK = Duration.ofSeconds(10);

	private static final Pattern CHANNEL = Pattern.compile("([a-z][a-z_]{0,39}\\.)?[a-z][a-z_]{0,39}");

	/** What an instance does on a signal; called on the listening thread, so it must not block long. */
	public interface Listener {

		/** A signal sent on the channel, with its payload. */
		void signalled(String payload);

		/** Signals may have been lost (the listening connection was new or had been lost): catch up on everything. */
		void missed();

		/** The listening connection is lost: signals sent from now until the next {@link #missed()} are not heard. */
		default void lost() {
		}

	}

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();

	private volatile Thread thread;

	public Signals(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Signals {@code channel} with {@code payload} when the caller's transaction commits, or at once
	 * outside a transaction. Signals of one transaction with the same channel and payload are
	 * delivered once.
	 */
	public void send(String channel, String payload) {
		String sent = checked(channel).contains(".") ? "?" : "current_schema() || '.' || ?";
		jdbc.sql("select pg_notify(" + sent + ", ?)").params(channel, payload).query().listOfRows();
	}

	/** Listens on {@code channel} from the start of this instance on; register before the context starts. */
	public void listen(String channel, Listener listener) {
		listeners.computeIfAbsent(checked(channel), name -> new CopyOnWriteArrayList<>()).add(listener);
	}

	private static String checked(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("Not a channel name: " + channel);
		}
		return channel;
	}

	@Override
	public void start() {
		if (listeners.isEmpty()) {
			return;
		}
		Thread listening = new Thread(this::listenUntilStopped, "signals");
		listening.setDaemon(true);
		thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		Thread listening = thread;
		thread = null;
		if (listening != null) {
			listening.interrupt();
			try {
				listening.join(WAIT.multipliedBy(4).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void listenUntilStopped() {
		while (thread == Thread.currentThread()) {
			try (Connection connection = dataSource.getConnection()) {
				listen(connection);
			}
			catch (SQLException | RuntimeException ex) {
				if (thread == Thread.currentThread()) {
					log.warn("Lost the connection that listens for signals; connecting again in {}", RECONNECT, ex);
				}
			}
			listeners.values().forEach(channel -> channel.forEach(Signals::lost));
			try {
				Thread.sleep(RECONNECT.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void listen(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		Map<String, List<Listener>> heard = new HashMap<>();
		try (Statement statement = connection.createStatement()) {
			ResultSet result = statement.executeQuery("select current_schema()");
			result.next();
			String schema = result.getString(1);
			listeners.forEach((channel, listening) -> heard
				.computeIfAbsent(channel.contains(".") ? channel : schema + "." + channel, name -> new ArrayList<>())
				.addAll(listening));
			for (String channel : heard.keySet()) {
				statement.execute("listen \"" + channel + "\"");
			}
		}
		listeners.values().forEach(channel -> channel.forEach(Signals::missed));
		PGConnection notifications = connection.unwrap(PGConnection.class);
		long lastHeard = System.nanoTime();
		while (thread == Thread.currentThread()) {
			PGNotification[] received = notifications.getNotifications((int) WAIT.toMillis());
			if (received == null || received.length == 0) {
				if (System.nanoTime() - lastHeard > IDLE_CHECK.toNanos()) {
					try (Statement statement = connection.createStatement()) {
						// a connection the database dropped without a word fails here, not in the wait above
						statement.execute("select 1");
					}
					lastHeard = System.nanoTime();
				}
				continue;
			}
			lastHeard = System.nanoTime();
			for (PGNotification notification : received) {
				heard.getOrDefault(notification.getName(), List.of()).forEach(listener -> signalled(listener, notification));
			}
		}
	}

	private static void signalled(Listener listener, PGNotification notification) {
		try {
			listener.signalled(notification.getParameter());
		}
		catch (RuntimeException ex) {
			log.warn("A listener failed on signal {} of {}", notification.getParameter(), notification.getName(), ex);
		}
	}

	private static void lost(Listener listener) {
		try {
			listener.lost();
		}
		catch (RuntimeException ex) {
			log.warn("A listener failed on losing the listening connection", ex);
		}
	}

	private static void missed(Listener listener) {
		try {
			listener.missed();
		}
		catch (RuntimeException ex) {
			log.warn("A listener failed to catch up after missed signals", ex);
		}
	}

}
