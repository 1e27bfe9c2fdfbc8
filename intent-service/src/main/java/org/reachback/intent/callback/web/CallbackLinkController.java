package org.reachback.intent.callback.web;

import java.nio.charset.StandardCharsets;

import org.reachback.intent.callback.CallbackView;
import org.reachback.intent.callback.CustomerCallbacks;
import org.reachback.intent.callback.web.CallbackResponses.CallbackResponse;
import org.reachback.intent.callback.web.CallbackResponses.CancellationRequested;
import org.reachback.intent.callback.web.CallbackResponses.RescheduleRequest;
import org.reachback.intent.callback.web.CallbackResponses.RescheduleRequested;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The callback behind a signed link ({@code manageUrl}): the link is the credential, no chat token
 * is needed. A malformed, tampered or expired link answers 404, whatever the route.
 * <p>
 * The link is sent to the customer to open in a browser, so one URL serves both: a request that
 * prefers HTML (a browser navigating to it) gets the manage page, which then calls this same URL for
 * JSON; any other request gets the callback as JSON, as before. The page is the same static file
 * for every link, valid or not, so it tells nothing about a link by itself.
 */
@RestController
@RequestMapping("/api/v1/callback-links/{linkToken}")
@Tag(name = "Callback links", description = "The customer's callback, through its signed, expiring link")
class CallbackLinkController {

	private static final Resource MANAGE_PAGE = new ClassPathResource("pages/manage.html");

	private final CustomerCallbacks callbacks;

	CallbackLinkController(CustomerCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping
	@Operation(summary = "The callback the link opens",
			description = "A browser asking for text/html gets the page to manage the callback instead.")
	@ApiResponse(responseCode = "200", description = "The callback; manageUrl is this same link")
	@ApiResponse(responseCode = "404", description = "The link is not valid or has expired")
	ResponseEntity<CallbackResponse> read(
			@Parameter(description = "the token of manageUrl") @PathVariable String linkToken) {
		CallbackView callback = callbacks.read(linkToken);
		return ResponseEntity.ok()
			.varyBy(HttpHeaders.ACCEPT)
			.body(CallbackResponse.of(callback, callbacks.timeZone(callback), callbacks.manageUrl(linkToken)));
	}

	/**
	 * The page for a person who opened the link. It must not be cached (it would be served for the
	 * JSON too) nor leak the link in a Referer header to anything it loads.
	 */
	@Hidden
	@GetMapping(produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.varyBy(HttpHeaders.ACCEPT)
			.header("Referrer-Policy", "no-referrer")
			.body(MANAGE_PAGE);
	}

	@DeleteMapping
	@Operation(summary = "Ask to cancel the callback the link opens")
	@ApiResponse(responseCode = "202", description = "Cancellation requested")
	@ApiResponse(responseCode = "404", description = "The link is not valid or has expired")
	@ApiResponse(responseCode = "409", description = "The call is in progress or the callback is over")
	ResponseEntity<CancellationRequested> cancel(@PathVariable String linkToken) {
		CallbackView callback = callbacks.cancel(linkToken);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CancellationRequested(callback.callbackId()));
	}

	@PatchMapping
	@Operation(summary = "Ask to move the callback the link opens to another slot",
			description = "As PATCH /api/v1/callbacks/{callbackId}; the free slots are at GET …/slots.")
	@ApiResponse(responseCode = "202", description = "Move requested")
	@ApiResponse(responseCode = "400", description = "No slot, not a time, or not in the future")
	@ApiResponse(responseCode = "404", description = "The link is not valid or has expired")
	@ApiResponse(responseCode = "409", description = "The call is in progress or the callback is over")
	ResponseEntity<RescheduleRequested> reschedule(@PathVariable String linkToken,
			@Valid @RequestBody RescheduleRequest request) {
		CallbackView callback = callbacks.reschedule(linkToken, request.slot());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new RescheduleRequested(callback.callbackId(), callback.requestedSlot()));
	}

}
