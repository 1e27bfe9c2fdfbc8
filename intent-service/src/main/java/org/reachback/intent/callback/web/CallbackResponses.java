package org.reachback.intent.callback.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Media;
import org.reachback.intent.callback.CallbackStatus;
import org.reachback.intent.callback.CallbackView;
import org.reachback.intent.callback.PhoneMask;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The JSON shapes of the callback routes, with the chat token and with a signed link alike. */
final class CallbackResponses {

	private CallbackResponses() {
	}

	/**
	 * @param phone masked but for the last digits; absent for a callback in the chat without one
	 * @param media how the customer is called back: {@code voice} or {@code chat}
	 * @param requestedSlot a move asked for and not yet booked or refused; {@code dueAt} holds until then
	 * @param timeZone the customer's IANA time zone, given when the chat started, to show the times in;
	 * absent when they gave none
	 * @param manageUrl a signed, expiring link to read, move or cancel this callback without the chat token
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CallbackResponse(UUID callbackId, UUID chatId, CallbackStatus status, String phone, Media media,
			String queue, Instant dueAt, Boolean asSoonAsPossible, String preferredAgent, String agentName,
			String problem, boolean cancellationRequested, Instant requestedSlot, String timeZone, URI manageUrl,
			Instant updatedAt) {

		static CallbackResponse of(CallbackView view, String timeZone, URI manageUrl) {
			return new CallbackResponse(view.callbackId(), view.chatId(), view.status(), PhoneMask.mask(view.phone()),
					view.mediaOrDefault(), view.queue(), view.dueAt(), view.asSoonAsPossible(), view.preferredAgent(),
					view.agentName(), view.problem(), view.cancellationRequestedAt() != null, view.requestedSlot(),
					timeZone, manageUrl, view.updatedAt());
		}

	}

	record CancellationRequested(UUID callbackId) {
	}

	/** @param slot the new start, ISO-8601, e.g. one of {@code GET /api/v1/chats/{chatId}/slots} */
	record RescheduleRequest(@Schema(example = "2030-03-07T10:00:00Z") @NotNull Instant slot) {
	}

	/** @param requestedSlot the move now waiting for its booking */
	record RescheduleRequested(UUID callbackId, Instant requestedSlot) {
	}

}
