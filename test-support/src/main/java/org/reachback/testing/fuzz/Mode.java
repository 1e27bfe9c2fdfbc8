package org.reachback.testing.fuzz;

/**
 * What a case is made of: valid values only; valid values with some at their limits (or one past);
 * or valid values with some replaced by hostile ones.
 */
enum Mode {

	VALID, BOUNDARY, HOSTILE

}
