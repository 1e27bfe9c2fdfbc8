package org.reachback.session.sessions.web;

import org.reachback.session.sessions.NotYourSessionException;
import org.reachback.session.sessions.SessionClosedException;
import org.reachback.session.sessions.SessionNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Session refusals as RFC 9457 problem details. */
@RestControllerAdvice(basePackageClasses = SessionProblems.class)
class SessionProblems {

	@ExceptionHandler
	ProblemDetail notFound(SessionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Session not found", ex);
	}

	@ExceptionHandler
	ProblemDetail notYours(NotYourSessionException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not your session", ex);
	}

	@ExceptionHandler
	ProblemDetail closed(SessionClosedException ex) {
		return problem(HttpStatus.CONFLICT, "Session closed", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		return problem;
	}

}
