package org.reachback.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written by a servlet filter, for requests refused before any controller runs;
 * they read like the ones {@link ApiProblems} gives, and carry the security headers Spring
 * Security writes on every other answer, since these filters run before its chain does.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<HeaderWriter> SECURITY_HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
			new CacheControlHeadersWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY));

	private ProblemResponses() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		response.setStatus(status.value());
		secure(request, response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status.value(), title, detail, request.getRequestURI()));
	}

	/** Adds the security headers Spring Security would have written. */
	static void secure(HttpServletRequest request, HttpServletResponse response) {
		SECURITY_HEADERS.forEach(headers -> headers.writeHeaders(request, response));
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
