package org.reachback.intent.access;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The right chat token, or a genuine stream ticket, that no longer works: answered with 401 and
 * the Bearer challenge of an invalid token, so that the widget starts afresh (a token) or asks for a
 * new ticket. Only a credential that matched gets this; a wrong one stays a 404.
 */
public class CredentialExpiredException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private CredentialExpiredException(String type, String title, String detail) {
		super(HttpStatus.UNAUTHORIZED, problem(type, title, detail), null);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
	}

	static CredentialExpiredException chatToken(String detail) {
		return new CredentialExpiredException("chat-token-expired", "Chat token expired", detail);
	}

	static CredentialExpiredException streamTicket() {
		return new CredentialExpiredException("stream-ticket-expired", "Stream ticket expired",
				"This stream ticket has expired; ask for another with the chat token");
	}

	private static ProblemDetail problem(String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setType(URI.create("urn:reachback:problem:" + type));
		problem.setTitle(title);
		return problem;
	}

}
