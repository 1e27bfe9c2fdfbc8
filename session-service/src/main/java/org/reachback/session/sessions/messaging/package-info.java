/** Kafka listeners that feed callback sessions: assignments open them, customer messages fill them. */
package org.reachback.session.sessions.messaging;
