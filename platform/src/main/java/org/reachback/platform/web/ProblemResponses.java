package org.reachback.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written by a servlet filter, for requests refused before any controller runs;
 * they read like the ones {@link ApiProblems} gives.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status.value(), title, detail, request.getRequestURI()));
	}

	/** The problem as JSON text; {@code path} becomes its instance when it is a valid URI reference. */
	static String json(int status, String title, String detail, String path) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", ApiProblems.bounded(detail));
		URI instance = instance(path);
		if (instance != null) {
			problem.put("instance", instance.toString());
		}
		return JSON.writeValueAsString(problem);
	}

	/** The request's path when it is a valid URI reference; a hostile one is left out rather than repeated. */
	static URI instance(String path) {
		if (path == null || path.length() > 200) {
			return null;
		}
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
