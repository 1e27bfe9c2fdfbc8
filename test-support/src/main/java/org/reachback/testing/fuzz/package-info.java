/**
 * Property-based fuzzing of a service's HTTP API from the OpenAPI it serves: every operation is
 * called with valid, boundary and hostile values drawn from a fixed seed, and every answer is held to
 * what the specification documents (no server error, a documented status, problem details for each
 * error). {@link org.reachback.testing.fuzz.ApiFuzzer} is the entry point.
 */
package org.reachback.testing.fuzz;
