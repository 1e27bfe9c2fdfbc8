package org.reachback.interaction.console;

import org.reachback.interaction.agent.UnknownAgentException;
import org.reachback.interaction.dispatch.OfferRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Domain refusals as RFC 9457 problem details. */
@RestControllerAdvice
class ConsoleProblems {

	@ExceptionHandler
	ProblemDetail on(UnknownAgentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown agent");
		return problem;
	}

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
