/**
 * Operations: the {@code chats} Actuator endpoint, read from the database, and the service's
 * business counters, derived from the events it commits.
 */
package org.reachback.intent.admin;
