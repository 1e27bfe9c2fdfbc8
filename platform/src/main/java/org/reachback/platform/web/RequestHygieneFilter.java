package org.reachback.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a malformed query string (an empty name, a bad percent escape) and control characters
 * or unpaired surrogates in the path or the query with 400 problem details, before anything else
 * reads them: Tomcat throws on a malformed query the first time a parameter is read, which would
 * otherwise reach the log as a server error with a stack trace, and such text would reach the
 * database. Bodies are checked as they are read ({@link StrictJson}).
 */
final class RequestHygieneFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request", problem);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String problem(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		if (!Text.acceptable(path)) {
			return "The path must not contain control characters or unpaired surrogates";
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			return "The query string is malformed: each parameter is name=value, percent-encoded as UTF-8";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().isEmpty()) {
				return "The query string is malformed: a parameter has no name";
			}
			if (!Text.acceptable(parameter.getKey())) {
				return "Query parameter names must not contain control characters or unpaired surrogates";
			}
			for (String value : parameter.getValue()) {
				if (!Text.acceptable(value)) {
					return "Query parameter " + parameter.getKey() + " must not contain control characters or unpaired surrogates";
				}
			}
		}
		return null;
	}

}
