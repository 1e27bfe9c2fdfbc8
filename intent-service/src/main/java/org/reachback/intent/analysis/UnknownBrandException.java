package org.reachback.intent.analysis;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A widget named a brand this service is not configured for; answered with 422. */
public class UnknownBrandException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	UnknownBrandException(String brand) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(brand), null);
	}

	private static ProblemDetail problem(String brand) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Unknown brand '" + brand + "'");
		problem.setTitle("Unknown brand");
		return problem;
	}

}
