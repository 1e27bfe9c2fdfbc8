package org.reachback.session.sessions;

import java.time.Instant;

import org.reachback.events.dial.DialRequested.CallOrder;

/**
 * The phone call of a voice session: who is rung first, the two numbers, and how far it got.
 *
 * @param agentPhone the agent's phone (a SIP URI) from the roster; {@code null} only for an external
 * dialler that was not told one
 * @param customerPhone the customer's number in E.164
 * @param dialStartedAt when the first phone was dialled: set, and committed, before the first
 * INVITE, so an attempt that started is never dialled again; {@code null} while queued
 * @param connectedAt when both had answered and were connected
 */
public record Call(CallState state, CallOrder order, String agentPhone, String customerPhone, Instant dialStartedAt,
		Instant connectedAt) {

	/** How far a call got. */
	public enum CallState {

		/** Recorded, waiting for a dialling slot (the trunk's rate and concurrent-call limits). */
		QUEUED,

		RINGING_AGENT,

		RINGING_CUSTOMER,

		/** Both answered and were connected to each other. */
		CONNECTED,

		/** Hung up, or never connected. */
		ENDED

	}

	static Call queued(CallOrder order, String agentPhone, String customerPhone) {
		return new Call(CallState.QUEUED, order, agentPhone, customerPhone, null, null);
	}

	/** The phone rung first for this order. */
	CallState firstRinging() {
		return order == CallOrder.CUSTOMER_FIRST ? CallState.RINGING_CUSTOMER : CallState.RINGING_AGENT;
	}

	Call dialling(Instant at) {
		return new Call(firstRinging(), order, agentPhone, customerPhone, at, connectedAt);
	}

	Call in(CallState next) {
		return new Call(next, order, agentPhone, customerPhone, dialStartedAt, connectedAt);
	}

	Call connected(Instant at) {
		return new Call(CallState.CONNECTED, order, agentPhone, customerPhone, dialStartedAt, at);
	}

	boolean started() {
		return dialStartedAt != null;
	}

}
