package org.reachback.callback.lifecycle;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.Media;
import org.reachback.events.callback.CallbackScheduled;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One callback as this service records it. Changes go through {@link CallbackTransitions}, which
 * keeps the history; the {@code with...} and {@code ...At} methods only describe a change.
 *
 * @param phone the E.164 number to call; {@code null} until the request was validated, and for a
 * callback in the chat without one
 * @param dueAt when the callback becomes (or became) due; {@code null} for a rejected request and
 * one whose slot is not booked yet
 * @param context what the agent sees, carrying the normalised phone once validated; {@code null} only
 * for a request that came without one
 * @param attempt how many times the callback has become due
 * @param problem why the request was rejected, else {@code null}
 * @param bookedFor the time the customer was promised (the booked slot's start, or when an as soon
 * as possible request was scheduled for); retries and the calling window move {@code dueAt} but not
 * this, from which the retries' overall expiry counts
 * @param pendingSlot the slot asked of interaction-manager and not yet booked or refused: the first
 * booking of a REQUESTED callback, or a move of a SCHEDULED one (which keeps its booking meanwhile)
 */
public record Callback(UUID id, UUID chatId, CallbackStatus status, String queue, String phone, Instant dueAt,
		boolean asSoonAsPossible, String preferredAgent, CallbackContext context, int attempt, String agentId,
		String agentName, UUID sessionId, String problem, Instant requestedAt, Instant updatedAt, Instant bookedFor,
		Instant pendingSlot) {

	/** A callback just received, before validation. */
	public static Callback requested(UUID id, UUID chatId, boolean asSoonAsPossible, String preferredAgent,
			CallbackContext context, Instant now) {
		return new Callback(id, chatId, CallbackStatus.REQUESTED, context == null ? null : context.queue(), null,
				null, asSoonAsPossible, preferredAgent, context, 0, null, null, null, null, now, now, null, null);
	}

	/**
	 * How the customer is called back: as they chose, else voice when there is a number to call,
	 * else chat. Shown with the callback in the admin API.
	 */
	@JsonProperty("media")
	public Media media() {
		return context == null ? Media.orDefault(null, phone) : context.mediaOrDefault();
	}

	/** The customer's time zone, if they gave one. */
	public String customerTimeZone() {
		return context == null || context.customer() == null ? null : context.customer().timeZone();
	}

	/** Valid, calling {@code normalisedPhone}, waiting for {@code slot} to be booked. */
	public Callback awaitingSlot(Instant slot, String normalisedPhone) {
		return new Callback(id, chatId, status, queue, normalisedPhone, dueAt, asSoonAsPossible, preferredAgent,
				context.withPhone(normalisedPhone), attempt, agentId, agentName, sessionId, problem, requestedAt,
				updatedAt, bookedFor, slot);
	}

	/** Booked for {@code due}: the promise to the customer, and no slot pending any more. */
	public Callback scheduledAt(Instant due, String normalisedPhone) {
		return new Callback(id, chatId, status, queue, normalisedPhone, due, asSoonAsPossible, preferredAgent,
				context.withPhone(normalisedPhone), attempt, agentId, agentName, sessionId, problem, requestedAt,
				updatedAt, due, null);
	}

	/** Due later than booked, because the calling window is closed at the booked time. */
	public Callback deferredTo(Instant due) {
		return new Callback(id, chatId, status, queue, phone, due, asSoonAsPossible, preferredAgent, context, attempt,
				agentId, agentName, sessionId, problem, requestedAt, updatedAt, bookedFor, pendingSlot);
	}

	/** Due again at {@code due} after an attempt that ended without a conversation; no agent nor session. */
	public Callback retryAt(Instant due) {
		return new Callback(id, chatId, status, queue, phone, due, asSoonAsPossible, preferredAgent, context, attempt,
				null, null, null, problem, requestedAt, updatedAt, bookedFor, null);
	}

	public Callback withPendingSlot(Instant slot) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, sessionId, problem, requestedAt, updatedAt, bookedFor, slot);
	}

	public Callback withProblem(String reason) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, sessionId, reason, requestedAt, updatedAt, bookedFor, null);
	}

	public Callback nextAttempt() {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt + 1, agentId, agentName, sessionId, problem, requestedAt, updatedAt, bookedFor, pendingSlot);
	}

	public Callback withAgent(String agent, String name) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agent, name, sessionId, problem, requestedAt, updatedAt, bookedFor, pendingSlot);
	}

	public Callback withSession(UUID session) {
		return new Callback(id, chatId, status, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, session, problem, requestedAt, updatedAt, bookedFor, pendingSlot);
	}

	/** What tells the other services that this callback is booked for its due time, as of now. */
	public CallbackScheduled toScheduled() {
		return new CallbackScheduled(UUID.randomUUID(), updatedAt, id, chatId, queue, phone, dueAt, asSoonAsPossible,
				preferredAgent);
	}

	Callback movedTo(CallbackStatus next, Instant at) {
		return new Callback(id, chatId, next, queue, phone, dueAt, asSoonAsPossible, preferredAgent, context,
				attempt, agentId, agentName, sessionId, problem, requestedAt, at, bookedFor, pendingSlot);
	}

}
