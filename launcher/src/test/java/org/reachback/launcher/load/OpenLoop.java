package org.reachback.launcher.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Fixed arrival rates: operation {@code i} is due at {@code start + i / rate}, whether or not the
 * ones before it have finished, and is handed its due time so that its latency counts from then.
 * The operation must not block (it sends asynchronously); if the loop falls behind, late
 * operations go at once and their lateness is in their latency.
 */
final class OpenLoop {

	private OpenLoop() {
	}

	/** Runs {@code operation} {@code perSecond} times a second for {@code duration}. */
	static void run(double perSecond, Duration duration, LongConsumer operation) {
		long period = Math.round(1e9 / perSecond);
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		long started = 0;
		for (long due = start; due < end; due = start + started * period) {
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			operation.accept(due);
			started++;
		}
	}

}
