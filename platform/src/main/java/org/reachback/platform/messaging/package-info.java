/**
 * Reliable messaging shared by all services: transactional outbox and relay, idempotent inbox,
 * typed event conversion and the one Kafka error handler with dead-letter topics.
 */
package org.reachback.platform.messaging;
