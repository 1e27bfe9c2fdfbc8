package org.reachback.intent.privacy.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No erasure has this id; answered with 404. */
class ErasureNotFoundException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	ErasureNotFoundException(UUID erasureId) {
		super(HttpStatus.NOT_FOUND, problem(erasureId), null);
	}

	private static ProblemDetail problem(UUID erasureId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No erasure has the id " + erasureId);
		problem.setTitle("Erasure not found");
		return problem;
	}

}
