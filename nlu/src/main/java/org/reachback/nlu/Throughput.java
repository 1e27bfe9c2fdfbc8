package org.reachback.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Single-message speed of a classifier: {@code callers} threads each classify the texts one call
 * at a time (no batching), after a warm-up pass so the JIT has compiled the hot path. Throughput
 * counts all callers together; the 99th percentile is over every call.
 */
record Throughput(double messagesPerSecond, double p99Micros) {

	private static final int MEASURED_PASSES = 2;

	static Throughput measure(IntentClassifier classifier, List<String> texts, int callers) {
		if (texts.isEmpty()) {
			return new Throughput(0, 0);
		}
		texts.forEach(classifier::classify);
		var pool = Executors.newFixedThreadPool(callers);
		try {
			long started = System.nanoTime();
			var runs = new ArrayList<Future<long[]>>();
			for (int caller = 0; caller < callers; caller++) {
				runs.add(pool.submit(() -> timeEachCall(classifier, texts)));
			}
			long[] nanos = new long[0];
			for (Future<long[]> run : runs) {
				long[] more = run.get();
				nanos = Arrays.copyOf(nanos, nanos.length + more.length);
				System.arraycopy(more, 0, nanos, nanos.length - more.length, more.length);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(nanos);
			return new Throughput(nanos.length / seconds, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e3);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long[] timeEachCall(IntentClassifier classifier, List<String> texts) {
		long[] nanos = new long[texts.size() * MEASURED_PASSES];
		int call = 0;
		for (int pass = 0; pass < MEASURED_PASSES; pass++) {
			for (String text : texts) {
				long before = System.nanoTime();
				classifier.classify(text);
				nanos[call++] = System.nanoTime() - before;
			}
		}
		return nanos;
	}
}
