package org.reachback.interaction.agent.web;

import org.reachback.interaction.agent.InvalidShiftsException;
import org.reachback.interaction.agent.UnknownAgentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown agent as an RFC 9457 problem, for every route that names an agent; a roster that cannot apply, too. */
@RestControllerAdvice
class AgentProblems {

	@ExceptionHandler
	ProblemDetail on(UnknownAgentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown agent");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(InvalidShiftsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid roster");
		return problem;
	}

}
