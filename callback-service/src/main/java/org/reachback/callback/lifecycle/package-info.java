/**
 * The callback itself, which every other feature changes only through
 * {@link org.reachback.callback.lifecycle.CallbackTransitions}: its statuses, the state machine that
 * says which status may follow which, and the repositories of callbacks and of their transitions.
 */
package org.reachback.callback.lifecycle;
