package org.reachback.interaction.dispatch;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;

/** A due callback in the virtual queue. */
record QueuedCallback(UUID callbackId, UUID chatId, String queue, String preferredAgent, int attempt,
		CallbackContext context, Instant enqueuedAt, Status status) {

	enum Status {
		/** Due and waiting for an agent. */
		WAITING,
		/** Offered to a reserved agent. */
		OFFERED,
		/** Accepted; the agent works on it. */
		ASSIGNED,
		/** Served (the session ended). */
		DONE,
		/** Cancelled or expired before it was served. */
		WITHDRAWN
	}

}
