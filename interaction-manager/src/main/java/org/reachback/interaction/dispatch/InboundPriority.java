package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Inbound customers keep their service level: while a queue has platform calls or chats waiting,
 * callbacks may occupy (be offered to, or worked on by) at most {@code max-callback-share} of the
 * queue's staffed agents. A callback over that share is held back, not moved: it keeps its place in
 * the virtual queue and goes first once the share allows. Without inbound customers waiting there is
 * no limit, since nobody would be kept waiting by the callback.
 */
final class InboundPriority {

	private final Clock clock;

	InboundPriority(Clock clock) {
		this.clock = clock;
	}

	/** @return why the callback must wait, or empty if it may take an agent now */
	Optional<String> holdBack(Load load, Instant enqueuedAt) {
		if (load.inboundWaiting() <= 0) {
			return Optional.empty();
		}
		int allowed = allowed(load);
		if (load.callbacksOccupying() < allowed) {
			return Optional.empty();
		}
		Duration waited = Duration.between(enqueuedAt, clock.instant());
		return Optional.of(load.inboundWaiting() + " inbound " + (load.inboundWaiting() == 1 ? "customer waits" : "customers wait")
				+ " in " + load.queue() + " and callbacks already occupy " + load.callbacksOccupying() + " of "
				+ load.staffed() + " staffed agents (at most " + percent(load.maxCallbackShare())
				+ " while inbound customers wait); held back after " + SelectionReason.words(waited.isNegative()
						? Duration.ZERO : Duration.ofSeconds(waited.toSeconds()))
				+ " in the queue, keeping its place");
	}

	/** Whole agents callbacks may occupy while inbound customers wait: never more than the share. */
	static int allowed(Load load) {
		return (int) Math.floor(load.maxCallbackShare() * load.staffed() + 1e-9);
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	/**
	 * What a queue is doing now.
	 * @param staffed agents with the queue's skill who are not offline
	 * @param inboundWaiting platform calls and chats waiting in the queue
	 * @param callbacksOccupying callbacks of the queue offered to or accepted by an agent
	 * @param maxCallbackShare the share of staffed agents callbacks may occupy while inbound customers wait
	 */
	record Load(String queue, int staffed, int inboundWaiting, int callbacksOccupying, double maxCallbackShare) {

		Load occupiedByOneMore() {
			return new Load(queue, staffed, inboundWaiting, callbacksOccupying + 1, maxCallbackShare);
		}

	}

}
