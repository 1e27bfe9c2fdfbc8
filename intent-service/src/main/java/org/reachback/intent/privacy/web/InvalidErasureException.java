package org.reachback.intent.privacy.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An erasure request that does not say whose data to erase: neither or both of {@code phone} and
 * {@code chatId}, or a phone that is not a number. Answered with 400, naming the field as invalid
 * bodies do ({@code errors: [{field, message}]}), and never repeating the number.
 */
class InvalidErasureException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private InvalidErasureException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, problem(detail, errors), null);
	}

	private InvalidErasureException(String field, String message) {
		this(field + " " + message, List.of(Map.of("field", field, "message", message)));
	}

	static InvalidErasureException notOneTarget() {
		String message = "give exactly one of phone and chatId";
		return new InvalidErasureException("Give exactly one of phone and chatId",
				List.of(Map.of("field", "phone", "message", message), Map.of("field", "chatId", "message", message)));
	}

	static InvalidErasureException notANumber(String region) {
		return new InvalidErasureException("phone",
				"is not a valid phone number; give it with its country code, e.g. +44 20 7946 0958, or as a number of "
						+ region);
	}

	static InvalidErasureException neverCalled() {
		return new InvalidErasureException("phone", "is of a type that is never called back (premium-rate, "
				+ "shared-cost and the like), so no callback has it; erase the customer's chats by chatId instead");
	}

	private static ProblemDetail problem(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
