/**
 * Takes callback requests off the bot topic and hands each to
 * {@link org.reachback.callback.booking.BookingService}, which owns idempotency and validation.
 */
package org.reachback.callback.booking.messaging;
