/**
 * Tracking follows a due callback through agent reservation, the session and its end, and the
 * customer's cancellation, as interaction-manager, session-service and the customer's chat report them.
 */
package org.reachback.callback.tracking;
