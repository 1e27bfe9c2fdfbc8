/** The HTTP route administrators read a queue's slots on: capacity, bookings and, on request, why. */
package org.reachback.interaction.availability.web;
