/**
 * How this service follows the callback lifecycle: a requested slot is booked against capacity (or
 * refused), due callbacks join the virtual queue, an attempt that ended (failed, or to be retried)
 * leaves it and frees its agent, and cancelled, expired or rejected callbacks give up their booking.
 */
package org.reachback.interaction.callback;
