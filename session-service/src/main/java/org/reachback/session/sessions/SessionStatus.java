package org.reachback.session.sessions;

/**
 * Where a callback session stands. Voice will add progress states (ringing, no answer, busy)
 * before {@link #CONNECTED}.
 */
public enum SessionStatus {

	/** Agent and customer are in touch; the session takes messages. */
	CONNECTED,

	/** The agent ended the session normally. Terminal. */
	COMPLETED,

	/** The attempt could not be performed; the session records why. Terminal. */
	FAILED

}
