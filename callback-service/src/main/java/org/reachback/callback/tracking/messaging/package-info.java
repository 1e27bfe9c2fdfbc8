/**
 * Listeners of the assignment, session and chat topics that pass the events tracking acts on to
 * {@link org.reachback.callback.tracking.TrackingService} and ignore the rest.
 */
package org.reachback.callback.tracking.messaging;
