/**
 * The durable timer makes callbacks due when their time comes and expires those no agent served in
 * time, keeping no state but the callback table, so that it survives restarts and runs safely on
 * several instances.
 */
package org.reachback.callback.timer;
