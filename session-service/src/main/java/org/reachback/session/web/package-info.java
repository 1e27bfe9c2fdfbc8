/**
 * The agent console's HTTP API for sessions: list, read, follow the live transcript, write to the
 * customer and complete. Agents see and act on their own sessions only; administrators may read all.
 */
package org.reachback.session.web;
