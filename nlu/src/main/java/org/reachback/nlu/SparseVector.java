package org.reachback.nlu;

/** Feature columns in ascending order with their values; both arrays have the same length. */
record SparseVector(int[] columns, float[] values) {

	int size() {
		return columns.length;
	}
}
