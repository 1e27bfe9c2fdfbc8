package org.reachback.session.voice;

import org.reachback.events.AttemptOutcome;

/**
 * What a SIP final response to the customer's INVITE means for the callback's retry policy.
 * Busy here and everywhere (486, 600) is {@code BUSY}; request timeout, temporarily unavailable and
 * a cancelled ring (408, 480, 487) are {@code NO_ANSWER}; a decline (603) is {@code DECLINED}; a
 * number that does not exist or is incomplete (404, 484, 604) is {@code INVALID_NUMBER}, never
 * retried; anything else that is not a success is {@code FAILED}.
 */
final class SipOutcomes {

	private SipOutcomes() {
	}

	/** @param status a final, unsuccessful SIP status (300 to 699) */
	static AttemptOutcome ofCustomer(int status) {
		return switch (status) {
			case 486, 600 -> AttemptOutcome.BUSY;
			case 408, 480, 487 -> AttemptOutcome.NO_ANSWER;
			case 603 -> AttemptOutcome.DECLINED;
			case 404, 484, 604 -> AttemptOutcome.INVALID_NUMBER;
			default -> AttemptOutcome.FAILED;
		};
	}

}
