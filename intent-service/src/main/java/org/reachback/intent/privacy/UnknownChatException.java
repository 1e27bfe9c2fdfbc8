package org.reachback.intent.privacy;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An erasure of a chat this service keeps nothing about (never opened here, or erased already); answered with 404. */
public class UnknownChatException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	UnknownChatException(UUID chatId) {
		super(HttpStatus.NOT_FOUND, problem(chatId), null);
	}

	private static ProblemDetail problem(UUID chatId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Nothing is kept about chat " + chatId + ": it was never opened here, or it was erased already");
		problem.setTitle("Chat not found");
		return problem;
	}

}
