package org.reachback.platform.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a malformed query string (an empty name, a bad percent escape) and control characters
 * or unpaired surrogates in the path or the query with 400 problem details, and a Content-Type
 * that names no one media type or an unknown charset with 415, before anything else
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
		if (!concreteContentType(request.getContentType())) {
			ProblemResponses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
					"Content-Type must name one media type with a known charset, such as application/json");
			return;
		}
		chain.doFilter(request, response);
	}

	/** A wildcard or malformed Content-Type, or an unknown charset, would fail deep in reading the body. */
	private static boolean concreteContentType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return false;
			}
			String charset = type.getParameter("charset");
			return charset == null || Charset.isSupported(charset.replace("\"", ""));
		}
		catch (InvalidMediaTypeException | IllegalCharsetNameException ex) {
			return false;
		}
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
