package org.reachback.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must be by its operation's specification: an answer at all; no server error
 * (whether documented or not); otherwise a documented status; a success in a documented content type
 * and never as problem details; an error as problem details ({@code application/problem+json} whose
 * {@code status} is the HTTP status); a success's JSON body that parses. An event stream's body is
 * not read, so only its status and Content-Type are checked.
 */
final class Checks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Checks() {
	}

	/** The checks {@code answer} fails, each as a short phrase; empty when it passes them all. */
	static List<String> failed(Operation operation, Answer answer) {
		List<String> failed = new ArrayList<>();
		if (answer.status() == 0) {
			failed.add("no answer: " + answer.failure());
			return failed;
		}
		if (answer.status() >= 500) {
			failed.add("server error");
		}
		else if (!operation.documents(answer.status())) {
			failed.add("undocumented status");
		}
		if (answer.status() < 300 && !answer.contentType().isEmpty()) {
			success(operation, answer, failed);
		}
		if (operation.eventStream() || operation.method().equals("head")) {
			return failed;
		}
		if (answer.status() >= 400) {
			problem(answer, failed);
		}
		else if (answer.status() < 300 && isJson(answer.contentType()) && !answer.body().isBlank() && parsed(answer.body()) == null) {
			failed.add("success body is not JSON");
		}
		return failed;
	}

	/** A success answers one of its documented content types (any type where a wildcard is documented), never problem details. */
	private static void success(Operation operation, Answer answer, List<String> failed) {
		String type = mediaType(answer.contentType());
		List<String> documented = operation.contentTypes(answer.status()).stream().map(Checks::mediaType).toList();
		if (type.equals("application/problem+json") && !documented.contains(type)) {
			failed.add("success is application/problem+json");
		}
		else if (!documented.isEmpty() && !documented.contains("*/*") && !documented.contains(type)) {
			failed.add("success is " + type + ", not a documented content type");
		}
	}

	private static void problem(Answer answer, List<String> failed) {
		if (!answer.contentType().startsWith("application/problem+json")) {
			failed.add("error is " + (answer.contentType().isEmpty() ? "without Content-Type" : mediaType(answer.contentType()))
					+ ", not application/problem+json");
			return;
		}
		JsonNode problem = parsed(answer.body());
		if (problem == null || !problem.isObject()) {
			failed.add("problem body is not a JSON object");
		}
		else if (!problem.path("status").isIntegralNumber() || problem.path("status").asInt() != answer.status()) {
			failed.add("problem's status is " + problem.path("status") + ", not the HTTP status");
		}
	}

	private static boolean isJson(String contentType) {
		String type = mediaType(contentType);
		return type.equals("application/json") || type.endsWith("+json");
	}

	/** {@code text/plain;charset=utf-8} as {@code text/plain}. */
	private static String mediaType(String contentType) {
		return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
	}

	private static JsonNode parsed(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
