package org.reachback.session.sessions;

import java.time.Instant;

import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

/**
 * How agent and customer are brought together on one {@link Channel}. A new channel is one more
 * implementation bean; assignments on a channel without one are recorded as failed sessions.
 */
interface SessionChannel {

	Channel type();

	/**
	 * Starts performing an assignment. Runs inside the transaction that records the session.
	 * @return a {@link SessionStatus#CONNECTED} session, a {@link SessionStatus#CONNECTING} one whose
	 * call is yet to be dialled, or a {@link SessionStatus#FAILED} one saying why the attempt cannot be
	 * performed
	 */
	Session connect(AgentAssigned assignment, Instant at);

	/** Passes the agent's line on to the customer, inside the transaction that records it. */
	void deliver(Session session, SessionLine line);

}
