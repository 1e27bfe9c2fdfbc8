/**
 * Tracking: follows a due callback through agent reservation, the session and its end, and the
 * customer's cancellation, from the assignment, session and chat topics.
 */
package org.reachback.callback.tracking;
