package org.reachback.interaction.queue;

import java.time.Instant;

/**
 * One row of the queue status read model.
 *
 * @param agentsStaffed agents with the queue's skill who are not offline
 * @param agentsAvailable agents with the skill who are available and neither reserved nor assigned
 * @param interactionsWaiting calls and chats the platform reports waiting in the queue
 * @param callbacksPending due callbacks in the virtual queue still waiting for an agent
 * @param estimatedWaitSeconds see {@link EstimatedWait}; null when nobody is staffed
 */
public record QueueStatus(String queue, int agentsStaffed, int agentsAvailable, int interactionsWaiting,
		int interactionsAnswered, int interactionsAbandoned, int callbacksPending, Integer estimatedWaitSeconds,
		Instant updatedAt) {
}
