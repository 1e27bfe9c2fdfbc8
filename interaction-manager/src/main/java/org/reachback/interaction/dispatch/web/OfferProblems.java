package org.reachback.interaction.dispatch.web;

import org.reachback.interaction.dispatch.OfferRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An answer to an offer that cannot be taken, as an RFC 9457 problem naming the reason. */
@RestControllerAdvice
class OfferProblems {

	@ExceptionHandler
	ProblemDetail on(OfferRefusedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NOT_YOURS -> HttpStatus.FORBIDDEN;
			case NO_LONGER_OPEN -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Offer cannot be answered");
		problem.setProperty("reason", ex.reason().name());
		return problem;
	}

}
