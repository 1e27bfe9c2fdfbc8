package org.reachback.interaction.queue;

/**
 * Something that affects who can serve which queue changed: an agent's state, a platform queue's
 * traffic, the virtual queue or an offer. Published inside the transaction that made the change;
 * listeners react after it commits (dispatch the virtual queue, recompute the read models), so
 * they always see the change.
 *
 * @param cause what changed, for logs
 */
public record QueuesChanged(String cause) {
}
