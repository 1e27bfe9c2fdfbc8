package org.reachback.nlu;

/**
 * A read-mostly open-addressing map from non-zero long keys to non-negative ints, so that feature
 * look-ups at prediction time neither box nor allocate.
 */
final class LongIntMap {

	private final long[] keys;
	private final int[] values;
	private final int mask;

	LongIntMap(int expectedSize) {
		int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) * 2;
		keys = new long[capacity];
		values = new int[capacity];
		mask = capacity - 1;
	}

	/** Adds or replaces; the map must have been sized for every key it will hold. */
	void put(long key, int value) {
		int slot = slot(key);
		keys[slot] = key;
		values[slot] = value;
	}

	/** The value of {@code key}, or -1 when absent. */
	int get(long key) {
		int slot = slot(key);
		return keys[slot] == key ? values[slot] : -1;
	}

	long memoryBytes() {
		return keys.length * (long) (Long.BYTES + Integer.BYTES);
	}

	private int slot(long key) {
		int slot = (int) (key ^ (key >>> 32)) & mask;
		while (keys[slot] != 0 && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}
}
