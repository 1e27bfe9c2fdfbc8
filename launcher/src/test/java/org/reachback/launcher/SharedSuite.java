package org.reachback.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The suite the journey and API-security tests share ({@link JourneysIT}, {@link OwaspApiTop10IT}):
 * starting it is a minute of two cores' time, most of what the second took on its own. The first
 * of them starts it; it runs until a test that starts a suite of its own needs the ports
 * ({@link #stop()}), or the tests' JVM exits. The classes run in class-name order (the launcher's
 * failsafe configuration), so the two run one after another on one suite. What the journeys leave
 * behind (callbacks waiting, Maria's sessions) is there for the second: its tests must not assume
 * an empty suite.
 * <p>
 * Its settings are the journeys': time controlled by configuration, so that a customer who does not
 * answer in the chat is given up on after 10 s (journey 2's customer answers within a second or
 * two) and tried again after 2 s.
 */
public final class SharedSuite {

	static final List<String> SETTINGS = List.of("--reachback.sessions.chat.no-answer-after=10s",
			"--reachback.callbacks.retry.NO_ANSWER.interval=2s", "--reachback.callbacks.retry.NO_ANSWER.max-attempts=2",
			"--reachback.callbacks.retry.BUSY.interval=2s", "--reachback.callbacks.retry.INTERRUPTED.max-attempts=1");

	private static LocalSuite suite;

	private SharedSuite() {
	}

	/** The running shared suite, started now if it is not. */
	static synchronized LocalSuite get() {
		if (suite == null) {
			suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0, SETTINGS);
			Runtime.getRuntime().addShutdownHook(new Thread(SharedSuite::stop, "shared-suite-stop"));
		}
		return suite;
	}

	/** Stops the shared suite if it runs, freeing its ports for a test that starts a suite of its own. */
	public static synchronized void stop() {
		if (suite != null) {
			suite.close();
			suite = null;
		}
	}

}
