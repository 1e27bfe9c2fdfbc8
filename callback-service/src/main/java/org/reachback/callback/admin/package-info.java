/**
 * What operators see: the admin REST API over callbacks and their history, the {@code callbacks}
 * Actuator endpoint and the callback metrics.
 */
package org.reachback.callback.admin;
