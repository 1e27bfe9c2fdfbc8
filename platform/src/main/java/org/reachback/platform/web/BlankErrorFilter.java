package org.reachback.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An error answered with no body at all (Actuator's 404 for an unknown metric, a 406 Spring could
 * not render in any type the client accepts) gets problem details too, so that every error of every
 * service reads the same way. Errors sent with {@code sendError} are left to the error page
 * ({@link ProblemErrorController}).
 */
final class BlankErrorFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Watched watched = new Watched(response);
		chain.doFilter(request, watched);
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status != null && status.isError() && !watched.sentError && !response.isCommitted()
				&& response.getContentType() == null && !request.isAsyncStarted()) {
			response.resetBuffer();
			// Spring Security's bearer token entry point and access denied handler set 401 and 403 alone
			String detail = switch (status) {
				case UNAUTHORIZED, FORBIDDEN -> ProblemErrorController.detail(status);
				default -> "The service answered " + status.value() + " " + status.getReasonPhrase() + " to this request";
			};
			ProblemResponses.write(request, response, status, status.getReasonPhrase(), detail);
		}
	}

	private static final class Watched extends HttpServletResponseWrapper {

		private boolean sentError;

		Watched(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			sentError = true;
			super.sendError(status, message);
		}

		@Override
		public void sendError(int status) throws IOException {
			sentError = true;
			super.sendError(status);
		}

	}

}
