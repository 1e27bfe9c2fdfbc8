package org.reachback.testing.fuzz;

import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * How many cases to draw and from which seed. Case {@code i} depends only on the seed and {@code i},
 * so a failing case is run again alone with {@code -Dreachback.fuzz.case=i} (and the same seed).
 *
 * @param onlyCase the single case to run, or empty for cases {@code 0..cases-1}
 */
public record FuzzSettings(int cases, long seed, OptionalInt onlyCase) {

	/** The seed every run uses unless {@code -Dreachback.fuzz.seed} names another. */
	public static final long DEFAULT_SEED = 102_025L;

	/** {@code -Dreachback.fuzz.cases} (else {@code defaultCases}), {@code -Dreachback.fuzz.seed}, {@code -Dreachback.fuzz.case}. */
	public static FuzzSettings fromSystemProperties(int defaultCases) {
		String only = System.getProperty("reachback.fuzz.case");
		return new FuzzSettings(Integer.getInteger("reachback.fuzz.cases", defaultCases),
				Long.getLong("reachback.fuzz.seed", DEFAULT_SEED),
				only == null || only.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(only.trim())));
	}

	IntStream indices() {
		return onlyCase.isPresent() ? IntStream.of(onlyCase.getAsInt()) : IntStream.range(0, cases);
	}

}
