package org.reachback.interaction.queue;

import java.time.Duration;

/**
 * How one queue is worked.
 *
 * @param averageHandleTime how long an agent spends on one interaction, for wait and capacity estimates
 * @param slotLength the length of a bookable callback slot
 * @param horizon how far ahead callback slots are offered (7 days unless set)
 * @param offerTimeout how long an agent has to accept an offered callback before the next agent is tried
 * @param preferredAgentWait how long a callback waits for its preferred agent before any skilled agent may take it
 * @param businessHours when the queue is open; scheduled callbacks are only offered inside them
 * @param maxCallbackShare the share of its agents' rostered time (0 to 1, 1 unless set) callbacks may take
 * @param minimumLeadTime how soon a slot may start at the earliest, counted from now (15 minutes unless set)
 */
public record QueueSettings(Duration averageHandleTime, Duration slotLength, Duration horizon, Duration offerTimeout,
		Duration preferredAgentWait, BusinessHours businessHours, Double maxCallbackShare, Duration minimumLeadTime) {

	public QueueSettings {
		averageHandleTime = positiveOr(averageHandleTime, Duration.ofMinutes(6), "average-handle-time");
		slotLength = positiveOr(slotLength, Duration.ofMinutes(30), "slot-length");
		horizon = positiveOr(horizon, Duration.ofDays(7), "horizon");
		offerTimeout = positiveOr(offerTimeout, Duration.ofSeconds(60), "offer-timeout");
		preferredAgentWait = preferredAgentWait == null || preferredAgentWait.isNegative() ? Duration.ZERO
				: preferredAgentWait;
		businessHours = businessHours == null ? BusinessHours.closed() : businessHours;
		maxCallbackShare = maxCallbackShare == null ? 1.0 : maxCallbackShare;
		if (!(maxCallbackShare >= 0 && maxCallbackShare <= 1)) {
			throw new IllegalArgumentException("max-callback-share must be between 0 and 1, was " + maxCallbackShare);
		}
		minimumLeadTime = minimumLeadTime == null ? Duration.ofMinutes(15) : minimumLeadTime;
		if (minimumLeadTime.isNegative()) {
			throw new IllegalArgumentException("minimum-lead-time must not be negative, was " + minimumLeadTime);
		}
	}

	/** For queues nobody configured: no business hours, so no bookable slots. */
	public static QueueSettings defaults() {
		return new QueueSettings(null, null, null, null, null, null, null, null);
	}

	private static Duration positiveOr(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
		return value;
	}

}
