package org.reachback.intent.callback;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A callback link that opens nothing: malformed, tampered with, expired, or for a callback that no
 * longer exists. Answered with 404, the same for every reason, so a link cannot be probed.
 */
class CallbackLinkNotFoundException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	CallbackLinkNotFoundException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"This callback link is not valid, or it has expired; ask for a new one in the chat");
		problem.setTitle("Callback link not found");
		return problem;
	}

}
