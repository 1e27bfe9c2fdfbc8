package org.reachback.intent.analysis;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A browser page of an origin the brand does not list asked for one of its chats; answered with 403. */
public class OriginNotAllowedException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	OriginNotAllowedException(String brand) {
		super(HttpStatus.FORBIDDEN, problem(brand), null);
	}

	private static ProblemDetail problem(String brand) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Pages of this origin may not use the chats of brand '" + brand
						+ "': it is not one of the brand's allowed-origins");
		problem.setTitle("Origin not allowed");
		return problem;
	}

}
