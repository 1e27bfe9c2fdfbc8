/**
 * The durable timer: callbacks whose time has come become due, and due callbacks no agent served
 * in time expire. The timer keeps no state of its own; it polls the callback table, so it survives
 * restarts and runs safely on several instances.
 */
package org.reachback.callback.timer;
