package org.reachback.intent.callback.web;

import java.util.UUID;

import org.reachback.intent.access.ChatToken;
import org.reachback.intent.callback.CallbackView;
import org.reachback.intent.callback.CustomerCallbacks;
import org.reachback.intent.callback.web.CallbackResponses.CallbackResponse;
import org.reachback.intent.callback.web.CallbackResponses.CancellationRequested;
import org.reachback.intent.callback.web.CallbackResponses.RescheduleRequest;
import org.reachback.intent.callback.web.CallbackResponses.RescheduleRequested;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/callbacks/{callbackId}")
@Tag(name = "Callbacks", description = "The customer's callback, with the token of the chat it was asked in")
@SecurityRequirement(name = "chatToken")
class CallbackController {

	private final CustomerCallbacks callbacks;

	CallbackController(CustomerCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping
	@Operation(summary = "The callback's status, with a signed link to manage it without the chat token")
	@ApiResponse(responseCode = "200", description = "The callback")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such callback for this token")
	CallbackResponse read(@PathVariable UUID callbackId, @Parameter(hidden = true) ChatToken token) {
		CallbackView callback = callbacks.read(callbackId, token);
		return CallbackResponse.of(callback, callbacks.timeZone(callback), callbacks.manageUrl(callback));
	}

	@DeleteMapping
	@Operation(summary = "Ask to cancel the callback", description = "Cancellation is confirmed by a 'callback' "
			+ "entry with status CANCELLED in the chat.")
	@ApiResponse(responseCode = "202", description = "Cancellation requested")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such callback for this token")
	@ApiResponse(responseCode = "409", description = "The call is in progress or the callback is over")
	ResponseEntity<CancellationRequested> cancel(@PathVariable UUID callbackId,
			@Parameter(hidden = true) ChatToken token) {
		CallbackView callback = callbacks.cancel(callbackId, token);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CancellationRequested(callback.callbackId()));
	}

	@PatchMapping
	@Operation(summary = "Ask to move the callback to another slot",
			description = "The callback keeps its time until the new one is booked: the chat then shows 'Your "
					+ "callback is now at ...' (status SCHEDULED), or why it could not be moved. Asking for the "
					+ "same slot again asks once.")
	@ApiResponse(responseCode = "202", description = "Move requested")
	@ApiResponse(responseCode = "400", description = "No slot, not a time, or not in the future")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such callback for this token")
	@ApiResponse(responseCode = "409", description = "The call is in progress or the callback is over")
	ResponseEntity<RescheduleRequested> reschedule(@PathVariable UUID callbackId,
			@Parameter(hidden = true) ChatToken token, @Valid @RequestBody RescheduleRequest request) {
		CallbackView callback = callbacks.reschedule(callbackId, token, request.slot());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new RescheduleRequested(callback.callbackId(), callback.requestedSlot()));
	}

}
