package org.reachback.testing.fuzz;

/**
 * A parameter of an operation.
 *
 * @param in {@code path}, {@code query} or {@code header} (cookies are not fuzzed)
 */
public record Parameter(String name, String in, boolean required, Schema schema) {
}
