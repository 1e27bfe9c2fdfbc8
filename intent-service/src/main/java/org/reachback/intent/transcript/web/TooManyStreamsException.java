package org.reachback.intent.transcript.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The chat has as many event streams open on this instance as it may; answered with 429 and {@code Retry-After}. */
class TooManyStreamsException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	TooManyStreamsException(int limit, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(limit), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
	}

	private static ProblemDetail problem(int limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"This chat has " + limit + " event streams open, the most it may; close one, or try again later");
		problem.setTitle("Too many event streams");
		return problem;
	}

}
