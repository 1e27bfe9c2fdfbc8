package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

/**
 * One attempt to perform a callback with the agent who accepted its offer, with the context the
 * bot handed over. Immutable: each transition returns the next state.
 *
 * @param channel how the attempt is performed; {@code null} only if the assignment named none
 * @param failureReason why a {@link SessionStatus#FAILED} session could not be performed
 * @param outcome how the attempt ended; {@code null} while it is connected
 * @param context as the assignment carried it; {@code null} if it carried none
 * @param replyDueAt while connected, when the customer must have replied for the attempt to count as
 * answered; {@code null} once they replied, or on channels that do not wait for a reply
 * @param call the phone call of a voice session ({@code VOICE} or {@code EXTERNAL}); {@code null} on
 * the chat channel
 */
public record Session(UUID id, UUID callbackId, UUID offerId, UUID chatId, Channel channel, SessionStatus status,
		String failureReason, AttemptOutcome outcome, String agentId, String agentName, CallbackContext context,
		Instant startedAt, Instant endedAt, Instant replyDueAt, Call call) {

	static Session connected(AgentAssigned assignment, Instant at) {
		return open(assignment, assignment.channel(), SessionStatus.CONNECTED, null, null, at, null, null);
	}

	static Session failed(AgentAssigned assignment, String reason, Instant at) {
		return open(assignment, assignment.channel(), SessionStatus.FAILED, reason, AttemptOutcome.FAILED, at, at,
				null);
	}

	/** A voice session recorded before anything is dialled, on {@code channel} (the suite's SIP or an external dialler). */
	static Session dialling(AgentAssigned assignment, Channel channel, Call call, Instant at) {
		return open(assignment, channel, SessionStatus.CONNECTING, null, null, at, null, call);
	}

	private static Session open(AgentAssigned assignment, Channel channel, SessionStatus status, String reason,
			AttemptOutcome outcome, Instant at, Instant endedAt, Call call) {
		CallbackContext context = assignment.context();
		return new Session(UUID.randomUUID(), assignment.callbackId(), assignment.offerId(),
				context == null ? null : context.chatId(), channel, status, reason, outcome, assignment.agentId(),
				assignment.agentName(), context, at, endedAt, null, call);
	}

	/** Connected: agent and customer are in touch (a voice session being dialled is live but not active). */
	public boolean isActive() {
		return status == SessionStatus.CONNECTED;
	}

	public boolean isCall() {
		return call != null;
	}

	public boolean isOwnedBy(String agent) {
		return agentId.equals(agent);
	}

	public Customer customer() {
		return context == null || context.customer() == null ? Customer.anonymous() : context.customer();
	}

	/** A connected session that ends with {@link AttemptOutcome#NO_ANSWER} unless the customer replies by {@code due}. */
	Session awaitingReplyUntil(Instant due) {
		return new Session(id, callbackId, offerId, chatId, channel, status, failureReason, outcome, agentId,
				agentName, context, startedAt, endedAt, due, call);
	}

	/** The customer replied: the attempt is answered. */
	Session replied() {
		return awaitingReplyUntil(null);
	}

	/**
	 * Ends a connected session normally. Completing a completed session is not an error and changes
	 * nothing, so an agent console may safely retry; a failed session was never performed and cannot be.
	 * @throws SessionClosedException if the session failed
	 */
	Session complete(Instant at) {
		return switch (status) {
			case CONNECTED -> end(SessionStatus.COMPLETED, null, AttemptOutcome.COMPLETED, at);
			case COMPLETED -> this;
			case CONNECTING, FAILED, MISSED -> throw new SessionClosedException(id, status);
		};
	}

	/**
	 * Ends a connected session without a conversation, with the outcome that decides the callback's
	 * retry. Ending it again with the same outcome changes nothing (an agent recording "no answer"
	 * after the timer did, or a retried request).
	 * @param outcome any but {@link AttemptOutcome#COMPLETED}
	 * @throws SessionClosedException if the session already ended otherwise
	 */
	Session fail(AttemptOutcome outcome, String reason, Instant at) {
		if (outcome == AttemptOutcome.COMPLETED) {
			throw new IllegalArgumentException("A completed attempt is not a failure; complete the session");
		}
		if (status == SessionStatus.FAILED && this.outcome == outcome) {
			return this;
		}
		if (!isActive()) {
			throw new SessionClosedException(id, status);
		}
		return end(SessionStatus.FAILED, reason, outcome, at);
	}

	/**
	 * A voice call moved on: connected, or one phone ringing. Only a session still being dialled
	 * moves; connecting also connects the session.
	 */
	Session withCall(Call next) {
		SessionStatus moved = next.state() == Call.CallState.CONNECTED ? SessionStatus.CONNECTED : status;
		return new Session(id, callbackId, offerId, chatId, channel, moved, failureReason, outcome, agentId, agentName,
				context, startedAt, endedAt, replyDueAt, next);
	}

	/** A voice call that never connected ended: the customer was not reached ({@code outcome}). */
	Session notReached(AttemptOutcome how, String reason, Instant at) {
		return end(SessionStatus.FAILED, reason, how, at);
	}

	/** A voice call that never connected ended because the agent's phone did not take it. */
	Session missed(String reason, Instant at) {
		return end(SessionStatus.MISSED, reason, null, at);
	}

	private Session end(SessionStatus ended, String reason, AttemptOutcome how, Instant at) {
		return new Session(id, callbackId, offerId, chatId, channel, ended, reason, how, agentId, agentName, context,
				startedAt, at, null, call == null ? null : call.in(Call.CallState.ENDED));
	}

	/** @throws SessionClosedException unless agent and customer are still connected */
	void checkTakesMessages() {
		if (!isActive()) {
			throw new SessionClosedException(id, status);
		}
	}

	/**
	 * How long agent and customer were in touch: from the session's start on the chat channel, from
	 * the call's connection on a voice one; zero while it is still running or if it never connected.
	 */
	Duration duration() {
		Instant from = call == null ? startedAt : call.connectedAt();
		return endedAt == null || from == null ? Duration.ZERO : Duration.between(from, endedAt);
	}

}
