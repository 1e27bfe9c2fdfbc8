package org.reachback.intent.prompt.web;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.validator.constraints.CodePointLength;
import org.reachback.events.Media;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.prompt.PromptAnswers;
import org.reachback.intent.prompt.PromptOption;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

@RestController
@Tag(name = "Chats")
@SecurityRequirement(name = "chatToken")
class PromptController {

	private final PromptAnswers answers;

	PromptController(PromptAnswers answers) {
		this.answers = answers;
	}

	@PostMapping("/api/v1/chats/{chatId}/prompts/{promptId}")
	@Operation(summary = "Answer a bot's callback prompt",
			description = "For a callback the customer chooses the medium: media voice (call me) or chat (chat "
					+ "with me here); without one, voice when there is a phone number, else chat. A call needs a "
					+ "phone number (or the one given when the chat started is used); a number given is always "
					+ "checked and must be callable. A scheduled callback needs one of the offered slots, or a free "
					+ "one from GET /api/v1/chats/{chatId}/slots. Answering the same way twice returns the same "
					+ "callbackId. A number has at most one open callback per brand: asking again answers 200 with "
					+ "the open one; at most reachback.callbacks.max-requests-per-number requests per number in 24 "
					+ "hours (429 beyond).")
	@ApiResponse(responseCode = "202", description = "Answer taken; {} for keep-chatting")
	@ApiResponse(responseCode = "200", description = "Not booked: the number has an open callback with this brand "
			+ "already; its callbackId and what the chat was told")
	@ApiResponse(responseCode = "400", description = "Invalid body")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token, or no such prompt in it")
	@ApiResponse(responseCode = "409", description = "The prompt was already answered otherwise")
	@ApiResponse(responseCode = "422", description = "Phone number (none for a call, or not callable), medium or slot "
			+ "not acceptable; ask the customer again")
	@ApiResponse(responseCode = "429", description = "The number asked for too many callbacks in 24 hours; "
			+ "Retry-After says when it may ask again")
	ResponseEntity<Answered> answer(@PathVariable UUID chatId, @PathVariable UUID promptId,
			@Parameter(hidden = true) ChatToken token, @Valid @RequestBody AnswerRequest request) {
		PromptAnswers.Answered answered = answers.answer(chatId, promptId, token, new PromptAnswers.Answer(
				PromptOption.named(request.option()), request.phone(), request.slot(), request.preferredAgent(),
				request.medium()));
		return ResponseEntity.status(answered.newRequest() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(new Answered(answered.callbackId(), answered.openCallbackMessage()));
	}

	record AnswerRequest(
			@Schema(allowableValues = { "callback-asap", "callback-scheduled", "keep-chatting" }) @NotBlank
			@Pattern(regexp = PromptOption.PATTERN,
					message = "must be callback-asap, callback-scheduled or keep-chatting") String option,
			@Schema(example = "+44 20 7946 0958", maxLength = 40) @CodePointLength(max = 40) String phone,
			@Schema(description = "for callback-scheduled: one of the prompt's slots, or of GET "
					+ "/api/v1/chats/{chatId}/slots") Instant slot,
			@Schema(description = "agent id, e.g. maria", maxLength = 64) @CodePointLength(max = 64)
			@Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be an agent id") String preferredAgent,
			@Schema(allowableValues = { "voice", "chat" }, description = "for a callback: voice (call me) or chat "
					+ "(chat with me here), in any case; without it, voice when there is a phone number, else chat")
			@Pattern(regexp = "(?i)voice|chat", message = "must be voice or chat") String media) {

		/** Read in any case; validated as voice or chat already. */
		Media medium() {
			return media == null || media.isBlank() ? null : Media.of(media);
		}

	}

	/** @param message set when the number's open callback stands instead of a new one */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Answered(UUID callbackId, String message) {
	}

}
