/**
 * The callback itself: its statuses, the state machine that says which status may follow which,
 * and the records of callbacks and of every transition, which are part of the domain.
 */
package org.reachback.callback.lifecycle;
