package org.reachback.callback.admin.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.Transition;
import org.reachback.callback.lifecycle.TransitionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only access to callbacks and their history, for administrators. */
@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Callbacks (admin)", description = "Callbacks and every transition they went through")
@SecurityRequirement(name = "bearer")
class CallbackAdminController {

	static final int MAX_LIMIT = 200;

	private final CallbackRepository callbacks;

	private final TransitionRepository history;

	CallbackAdminController(CallbackRepository callbacks, TransitionRepository history) {
		this.callbacks = callbacks;
		this.history = history;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One callback with its history, oldest transition first")
	@ApiResponse(responseCode = "200", description = "The callback")
	@ApiResponse(responseCode = "404", description = "No callback has this id")
	CallbackDetails callback(@PathVariable UUID id) {
		Callback callback = callbacks.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No callback has the id " + id));
		return new CallbackDetails(callback, history.of(id));
	}

	@GetMapping
	@Operation(summary = "The most recently changed callbacks, optionally in one status")
	@ApiResponse(responseCode = "200", description = "Callbacks, most recently changed first")
	@ApiResponse(responseCode = "400", description = "Unknown status or a limit out of range")
	List<Callback> recent(
			@Parameter(description = "a status such as SCHEDULED or DUE") @RequestParam(required = false) String status,
			@Parameter(description = "how many, 1 to " + MAX_LIMIT) @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
		}
		return callbacks.recent(Optional.ofNullable(status).map(CallbackAdminController::statusNamed), limit);
	}

	private static CallbackStatus statusNamed(String name) {
		return Arrays.stream(CallbackStatus.values())
			.filter(status -> status.name().equalsIgnoreCase(name.trim()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown status '" + name + "'; use one of " + Arrays.toString(CallbackStatus.values())));
	}

	/** A callback and its transitions, oldest first. */
	record CallbackDetails(Callback callback, List<Transition> transitions) {
	}

}
