package org.reachback.intent.access.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The request carries no chat token; answered with 401 and a Bearer challenge. */
class MissingChatTokenException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	MissingChatTokenException() {
		super(HttpStatus.UNAUTHORIZED, problem(), null);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"This route needs the chat's token: 'Authorization: Bearer <token>'");
		problem.setTitle("Chat token required");
		return problem;
	}

}
