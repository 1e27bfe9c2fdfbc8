/**
 * How this service follows the callback lifecycle: due callbacks join the virtual queue, scheduled
 * ones book a slot, and cancelled, expired, rejected or failed ones give both up.
 */
package org.reachback.interaction.callback;
