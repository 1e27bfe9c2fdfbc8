package org.reachback.intent.callback;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The phone number asked for too many callbacks in 24 hours; answered with 429 and {@code Retry-After}. */
class TooManyCallbackRequestsException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	TooManyCallbackRequestsException(int limit, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(limit), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ceilSeconds(retryAfter))));
	}

	private static long ceilSeconds(Duration duration) {
		return duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
	}

	private static ProblemDetail problem(int limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"This phone number has asked for " + limit + " callbacks in the last 24 hours, the most we take; "
						+ "please try again later");
		problem.setTitle("Too many callback requests");
		return problem;
	}

}
