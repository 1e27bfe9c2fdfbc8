/**
 * Booking a callback into a slot, atomically against capacity: a requested slot is booked (or a
 * booking moved) only under the lock of the slot it counts against, so no slot is ever overbooked;
 * the answer is {@code SlotBooked} or {@code SlotRefused} with the nearest free slots and the reason.
 */
package org.reachback.interaction.booking;
