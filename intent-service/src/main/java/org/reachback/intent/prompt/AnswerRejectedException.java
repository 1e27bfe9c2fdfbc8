package org.reachback.intent.prompt;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An answer to a prompt that cannot be taken as it is: 422 when the customer should correct it
 * (the prompt stays open), 409 when the prompt was already answered otherwise, 404 for a prompt
 * the chat was never offered. A 422 names the field to correct as a 400 does ({@code errors:
 * [{field, message}]}), so that a widget shows the reason next to that field without reading it.
 */
class AnswerRejectedException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private AnswerRejectedException(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	/** @param field the answer's field to correct: {@code option}, {@code media}, {@code phone} or {@code slot} */
	static AnswerRejectedException invalid(String field, String detail) {
		AnswerRejectedException rejected = new AnswerRejectedException(HttpStatus.UNPROCESSABLE_CONTENT,
				"Invalid answer", detail);
		rejected.getBody().setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		return rejected;
	}

	static AnswerRejectedException alreadyAnswered(String detail) {
		return new AnswerRejectedException(HttpStatus.CONFLICT, "Prompt already answered", detail);
	}

	static AnswerRejectedException unknownPrompt(Object promptId) {
		return new AnswerRejectedException(HttpStatus.NOT_FOUND, "Prompt not found",
				"No prompt " + promptId + " was offered in this chat");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
