package org.reachback.launcher.load;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The latencies of one measured run, each from when its operation was <em>due</em> (its place in
 * the fixed arrival schedule) to its outcome, so that time an operation spent waiting behind slow
 * ones counts: no coordinated omission. Operations are expected, then either recorded or failed;
 * what is still expected at the end never got its outcome and is counted as an error.
 */
final class Latencies {

	/** Errors kept word for word, for the report; the rest are only counted. */
	private static final int KEPT_ERRORS = 5;

	private final Histogram histogram = new ConcurrentHistogram(3);

	private final AtomicInteger expected = new AtomicInteger();

	private final AtomicInteger errors = new AtomicInteger();

	private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

	private final AtomicLong firstDue = new AtomicLong(Long.MAX_VALUE);

	private final AtomicLong lastOutcome = new AtomicLong(Long.MIN_VALUE);

	/** What one run measured: milliseconds, and outcomes per second. */
	record Summary(String name, long count, int errors, double perSecond, double p50Ms, double p99Ms, double p999Ms,
			double maxMs, String firstErrors) {

		String line() {
			return String.format("%-40s %8d ok %6d errors %9.1f/s   p50 %8.1f  p99 %8.1f  p99.9 %8.1f  max %8.1f ms%s",
					name, count, errors, perSecond, p50Ms, p99Ms, p999Ms, maxMs,
					firstErrors.isEmpty() ? "" : "   (" + firstErrors + ")");
		}

	}

	void expect() {
		expected.incrementAndGet();
	}

	/** The expected operation due at {@code dueNanos} ({@link System#nanoTime()}) has its outcome now. */
	void record(long dueNanos) {
		recordUnexpected(dueNanos);
		expected.decrementAndGet();
	}

	/** An operation that was not expected (a floor's, measured as it happens). */
	void recordUnexpected(long dueNanos) {
		record(dueNanos, System.nanoTime());
	}

	/** The expected operation due at {@code dueNanos} had its outcome at {@code outcomeNanos}, as read afterwards. */
	void recordBetween(long dueNanos, long outcomeNanos) {
		record(dueNanos, outcomeNanos);
		expected.decrementAndGet();
	}

	private void record(long dueNanos, long outcomeNanos) {
		histogram.recordValue(Math.max(0, outcomeNanos - dueNanos));
		firstDue.accumulateAndGet(dueNanos, Math::min);
		lastOutcome.accumulateAndGet(outcomeNanos, Math::max);
	}

	/** The expected operation failed. */
	void fail(String why) {
		expected.decrementAndGet();
		error(why);
	}

	private void error(String why) {
		errors.incrementAndGet();
		if (firstErrors.size() < KEPT_ERRORS) {
			firstErrors.add(why);
		}
	}

	/** Waits up to {@code patience} for every expected operation's outcome. */
	void awaitOutcomes(Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (expected.get() > 0 && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
	}

	/**
	 * The figures, counting what is still outstanding as errors; the rate is of outcomes, from the
	 * first operation's due time to the last outcome, so a suite that falls behind shows it.
	 */
	Summary summarize(String name) {
		int unanswered = Math.max(0, expected.get());
		if (unanswered > 0 && firstErrors.size() < KEPT_ERRORS) {
			firstErrors.add(unanswered + " without an outcome");
		}
		long count = histogram.getTotalCount();
		double seconds = count == 0 ? 1 : Math.max(1, lastOutcome.get() - firstDue.get()) / 1e9;
		return new Summary(name, count, errors.get() + unanswered, count / seconds, millis(50), millis(99),
				millis(99.9), millis(100), String.join("; ", firstErrors));
	}

	/** The latency at a percentile, in milliseconds; NaN when nothing had an outcome. */
	private double millis(double percentile) {
		return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
	}

}
