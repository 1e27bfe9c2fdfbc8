package org.reachback.intent.access;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No chat with this id opens with the given token; answered with 404. */
public class ChatNotFoundException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	public ChatNotFoundException(UUID chatId) {
		super(HttpStatus.NOT_FOUND, problem(chatId), null);
	}

	private static ProblemDetail problem(UUID chatId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No chat " + chatId + " for this token");
		problem.setTitle("Chat not found");
		return problem;
	}

}
