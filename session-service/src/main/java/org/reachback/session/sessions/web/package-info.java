/**
 * The agent console's HTTP API for sessions (list, read, follow the live transcript, write to the
 * customer, complete), in which agents see and act on their own sessions only and supervisors
 * may read all.
 */
package org.reachback.session.sessions.web;
