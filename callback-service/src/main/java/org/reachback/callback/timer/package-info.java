/**
 * The durable timer makes callbacks due when their time comes, unless the callee's calling window is
 * closed then (the start moves to its opening), and expires those no agent served in time, keeping no state but the callback table, so that it survives restarts and runs safely on
 * several instances.
 */
package org.reachback.callback.timer;
