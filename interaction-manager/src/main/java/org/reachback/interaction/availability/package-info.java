/**
 * Callback availability: bookable slots inside each queue's business hours, their capacity from the
 * staffed agents and average handle time, and the scheduled callbacks booked into them
 * ({@code callback_availability_view}).
 */
package org.reachback.interaction.availability;
