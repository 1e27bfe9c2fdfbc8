package org.reachback.testing.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one case, all drawn from a source that depends only on the seed and the case's index. */
final class Draw {

	private final SplittableRandom random;

	private Draw(SplittableRandom random) {
		this.random = random;
	}

	static Draw forCase(long seed, int index) {
		// split() draws a seed and a gamma of its own, so that no case's choices are another's shifted by one
		return new Draw(new SplittableRandom(seed * 31 + index).split());
	}

	SplittableRandom random() {
		return random;
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** @return a number from {@code from} to {@code to}, both included */
	int between(int from, int to) {
		return random.nextInt(from, to + 1);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** About half the cases valid, a fifth at the limits, the rest hostile. */
	Mode mode() {
		int roll = random.nextInt(10);
		return roll < 5 ? Mode.VALID : roll < 7 ? Mode.BOUNDARY : Mode.HOSTILE;
	}

	/** The mode of one value in a part of a request drawn in {@code mode}: that mode for some values, valid for the others. */
	Mode value(Mode mode) {
		return mode == Mode.VALID || chance(0.5) ? Mode.VALID : mode;
	}

}
