/**
 * Booking turns a customer's callback request from the bot into exactly one callback, however often
 * the request is delivered or repeated: refused when its number cannot be called (invalid, of a
 * type never called back, of a country the brand does not call) or its time cannot be (past,
 * outside the calling window); scheduled at once for as soon as possible (at the calling window's
 * opening if it is closed); and for a chosen slot, booked only once interaction-manager confirms
 * the slot against its capacity. It also moves a scheduled callback to another slot, keeping the
 * old booking until the new one is confirmed.
 */
package org.reachback.callback.booking;
