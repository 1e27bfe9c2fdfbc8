package org.reachback.intent.callback.web;

import java.time.Instant;
import java.util.UUID;

import org.reachback.intent.access.ChatToken;
import org.reachback.intent.callback.CallbackCancellation;
import org.reachback.intent.callback.CallbackStatus;
import org.reachback.intent.callback.CallbackView;
import org.reachback.intent.callback.PhoneMask;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/callbacks/{callbackId}")
@Tag(name = "Callbacks", description = "The customer's callback, with the token of the chat it was asked in")
@SecurityRequirement(name = "chatToken")
class CallbackController {

	private final CallbackCancellation callbacks;

	CallbackController(CallbackCancellation callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping
	@Operation(summary = "The callback's status")
	@ApiResponse(responseCode = "200", description = "The callback")
	@ApiResponse(responseCode = "401", description = "No chat token")
	@ApiResponse(responseCode = "404", description = "No such callback for this token")
	CallbackResponse read(@PathVariable UUID callbackId, @Parameter(hidden = true) ChatToken token) {
		return CallbackResponse.of(callbacks.read(callbackId, token));
	}

	@DeleteMapping
	@Operation(summary = "Ask to cancel the callback", description = "Cancellation is confirmed by a 'callback' "
			+ "entry with status CANCELLED in the chat.")
	@ApiResponse(responseCode = "202", description = "Cancellation requested")
	@ApiResponse(responseCode = "401", description = "No chat token")
	@ApiResponse(responseCode = "404", description = "No such callback for this token")
	@ApiResponse(responseCode = "409", description = "The call is in progress or the callback is over")
	ResponseEntity<CancellationRequested> cancel(@PathVariable UUID callbackId,
			@Parameter(hidden = true) ChatToken token) {
		CallbackView callback = callbacks.cancel(callbackId, token);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CancellationRequested(callback.callbackId()));
	}

	/** @param phone masked but for the last digits */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CallbackResponse(UUID callbackId, UUID chatId, CallbackStatus status, String phone, String queue,
			Instant dueAt, Boolean asSoonAsPossible, String preferredAgent, String agentName, String problem,
			boolean cancellationRequested, Instant updatedAt) {

		static CallbackResponse of(CallbackView view) {
			return new CallbackResponse(view.callbackId(), view.chatId(), view.status(), PhoneMask.mask(view.phone()),
					view.queue(), view.dueAt(), view.asSoonAsPossible(), view.preferredAgent(), view.agentName(),
					view.problem(), view.cancellationRequestedAt() != null, view.updatedAt());
		}

	}

	record CancellationRequested(UUID callbackId) {
	}

}
