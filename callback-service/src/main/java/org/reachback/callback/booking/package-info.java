/**
 * Booking turns a customer's callback request from the bot into exactly one callback, scheduled, or
 * rejected when its phone number or slot cannot be used, however often the request is delivered or
 * repeated.
 */
package org.reachback.callback.booking;
