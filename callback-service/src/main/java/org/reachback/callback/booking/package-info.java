/**
 * Booking: turns a customer's callback request from the bot into a scheduled callback, or a
 * rejected one when the phone number or the slot cannot be used. One request makes one callback,
 * however often it is delivered or repeated.
 */
package org.reachback.callback.booking;
