package org.reachback.callback.lifecycle;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;

/**
 * One callback as this service records it. Changes go through {@link CallbackTransitions}, which
 * keeps the history; the {@code with...} methods only describe a change.
 *
 * @param phone the E.164 number to call; {@code null} until the request was validated
 * @param dueAt when the callback becomes (or became) due; {@code null} for a rejected request
 * @param context what the agent sees, carrying the normalised phone once validated; {@code null} only
 * for a request that came without one
 * @param attempt how many times the callback has become due
 * @param problem why the request was rejected, else {@code null}
 */
public record Callback(UUID id, UUID chatId, CallbackStatus status, String queue, String phone, Instant dueAt,
		boolean asSoonAsPossible, String preferredAgent, CallbackContext context, int attempt, String agentId,
		String agentName, UUID sessionId, String problem, Instant requestedAt, Instant updatedAt) {

	/** A callback just received, before validation. */
	public static Callback requested(UUID id, UUID chatId, boolean asSoonAsPossible, String preferredAgent,
			CallbackContext context, Instant now) {
		return new Callback(id, chatId, CallbackStatus.REQUESTED, context == null ? null : context.queue(), null,
				null, asSoonAsPossible, preferredAgent, context, 0, null, null, null, null, now, now);
	}

	public Callback scheduledAt(Instant due, String normalisedPhone) {
		return new Callback(id, chatId, status, queue, normalisedPhone, due, asSoonAsPossible, preferredAgent,
				context.withPhone(normalisedPhone), attempt, agentId, agentName, sessionId, problem, requestedAt,
				updatedAt);
	}

	public Callback withProblem(String reason) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, sessionId, reason, requestedAt, updatedAt);
	}

	public Callback nextAttempt() {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt + 1, agentId, agentName, sessionId, problem, requestedAt, updatedAt);
	}

	public Callback withAgent(String agent, String name) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agent, name, sessionId, problem, requestedAt, updatedAt);
	}

	public Callback withSession(UUID session) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, session, problem, requestedAt, updatedAt);
	}

	Callback movedTo(CallbackStatus next, Instant at) {
		return new Callback(id, chatId, next, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, sessionId, problem, requestedAt, at);
	}

}
