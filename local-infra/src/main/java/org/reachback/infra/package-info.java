/**
 * Real infrastructure without Docker: a Kafka broker in KRaft mode inside the JVM and PostgreSQL
 * from Maven-served binaries, for integration tests and the one-command local run.
 */
package org.reachback.infra;
