/**
 * interaction-manager: agents, skills and queues; the queue status and callback availability read
 * models other services query; agent selection, reservation and offers for a fair virtual queue of
 * due callbacks.
 */
package org.reachback.interaction;
