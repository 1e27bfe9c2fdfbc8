package org.reachback.platform.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the controllers, such as Spring Security's 401 and 403, as problem details
 * too, so a client reads every error of every service the same way. Asked for directly, the error
 * path is not a resource (404), and it is not part of any service's API documentation.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			status = HttpStatus.NOT_FOUND;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(Object code) {
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String detail(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> "Credentials are required: an access token from the identity provider for agents, supervisors and administrators, the chat's token for chats";
			case FORBIDDEN -> "These credentials do not allow this request";
			case NOT_FOUND -> "Nothing is here";
			default -> status.getReasonPhrase();
		};
	}

}
