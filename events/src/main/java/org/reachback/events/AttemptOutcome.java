package org.reachback.events;

/**
 * How one attempt to perform a callback ended, on any channel. The callback's retry policy decides
 * by it what happens next.
 */
public enum AttemptOutcome {

	/** Agent and customer talked. */
	COMPLETED,

	/** The customer did not answer: the call rang out, or nobody replied in the chat in time. */
	NO_ANSWER,

	/** The customer's line was busy. */
	BUSY,

	/** The customer refused the call. */
	DECLINED,

	/** The number cannot be reached at all; never retried. */
	INVALID_NUMBER,

	/** Anything else went wrong (a channel or a network). */
	FAILED,

	/**
	 * The attempt had started (a call was being dialled) when session-service stopped; it is never
	 * dialled again, and the retry policy decides on a new attempt.
	 */
	INTERRUPTED

}
