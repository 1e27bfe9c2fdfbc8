package org.reachback.session.sessions;

/**
 * Where a callback session stands. A chat session connects at once; a voice session is
 * {@link #CONNECTING} while its phones ring, then {@link #CONNECTED}, {@link #FAILED} (the
 * customer was not reached) or {@link #MISSED} (the agent was not).
 */
public enum SessionStatus {

	/** A voice call is being set up: dialling, or one of the phones ringing. */
	CONNECTING,

	/** Agent and customer are in touch; the session takes messages. */
	CONNECTED,

	/** The agent ended the session normally, or either side hung up a connected call. Terminal. */
	COMPLETED,

	/** The attempt could not be performed; the session records why. Terminal. */
	FAILED,

	/**
	 * The agent's phone did not take the call (no answer, busy, declined): not an attempt on the
	 * customer, whose callback goes to the next agent. Terminal.
	 */
	MISSED;

	/** @return whether the session is still under way: being dialled or connected */
	public boolean isLive() {
		return this == CONNECTING || this == CONNECTED;
	}

}
