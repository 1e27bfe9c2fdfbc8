/**
 * Callback availability: bookable slots inside each queue's business hours and horizon, their
 * capacity from the agents' rosters, skills, the queue's average handle time and callback share
 * ({@code SlotCapacity}), each agent's own capacity for callbacks booked against them by name, and
 * the scheduled callbacks booked into them ({@code callback_availability_view},
 * {@code agent_availability_view}).
 */
package org.reachback.interaction.availability;
