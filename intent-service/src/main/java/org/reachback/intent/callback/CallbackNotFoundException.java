package org.reachback.intent.callback;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No callback with this id belongs to the chat of the given token; answered with 404. */
class CallbackNotFoundException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	CallbackNotFoundException(UUID callbackId) {
		super(HttpStatus.NOT_FOUND, problem(callbackId), null);
	}

	private static ProblemDetail problem(UUID callbackId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No callback " + callbackId + " for this token");
		problem.setTitle("Callback not found");
		return problem;
	}

}
