/**
 * What operators see of the callbacks: the {@code callbacks} Actuator endpoint and the callback
 * metrics, derived from committed status changes, with the read-only admin HTTP API in {@code web}.
 */
package org.reachback.callback.admin;
