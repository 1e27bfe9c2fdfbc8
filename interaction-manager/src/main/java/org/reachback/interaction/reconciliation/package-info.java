/**
 * Keeps the virtual queue and the read models other services query up to date: after every committed
 * {@code QueuesChanged} and on a schedule, it dispatches waiting callbacks, then recomputes queue
 * status and slot capacity. It sits above dispatch, queue and availability so none of them needs
 * another to run.
 */
package org.reachback.interaction.reconciliation;
