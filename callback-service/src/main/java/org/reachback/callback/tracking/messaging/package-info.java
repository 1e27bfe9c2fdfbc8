/**
 * The listeners of the assignment, session and chat topics, one per topic (the listeners of one
 * consumer group share a topic's partitions, so a second listener would see only some of them).
 * Each passes the events this service acts on to the feature that owns them: tracking
 * ({@link org.reachback.callback.tracking.TrackingService}), slot answers and moves
 * ({@link org.reachback.callback.booking.SlotService},
 * {@link org.reachback.callback.booking.RescheduleService}) and failed attempts
 * ({@link org.reachback.callback.retry.RetryService}); the rest is ignored.
 */
package org.reachback.callback.tracking.messaging;
