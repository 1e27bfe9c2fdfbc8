package org.reachback.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document a service serves at {@code /v3/api-docs}, as the operations a client can
 * call, and what it fails to tell a client about errors.
 */
public final class ApiSpec {

	/** Spring's error page: an implementation detail a specification must not offer as an operation. */
	public static final String ERROR_PATH = "/error";

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	private final JsonNode document;

	private final List<Operation> operations = new ArrayList<>();

	private ApiSpec(JsonNode document) {
		this.document = document;
		document.path("paths").properties().forEach(path -> {
			for (String method : METHODS) {
				if (path.getValue().has(method)) {
					operations.add(operation(path.getKey(), method, path.getValue(), path.getValue().get(method)));
				}
			}
		});
	}

	/** The specification {@code http}'s service serves, read with {@code authorization} (or none). */
	public static ApiSpec served(TestHttp http, String authorization) {
		TestHttp.Response served = http.get("/v3/api-docs", authorization);
		if (served.status() != 200) {
			throw new IllegalStateException("GET /v3/api-docs answered " + served);
		}
		return of(served.body());
	}

	public static ApiSpec of(JsonNode document) {
		return new ApiSpec(document);
	}

	public Set<String> paths() {
		return new LinkedHashSet<>(document.path("paths").propertyNames());
	}

	/** Every operation, {@link #ERROR_PATH}'s included. */
	public List<Operation> operations() {
		return List.copyOf(operations);
	}

	/**
	 * What a client cannot learn about errors from the specification: {@link #ERROR_PATH} listed as
	 * an operation, or an operation that documents no 4xx answer as {@code application/problem+json}.
	 */
	public List<String> documentationGaps() {
		List<String> gaps = new ArrayList<>();
		if (paths().contains(ERROR_PATH)) {
			gaps.add(ERROR_PATH + " is listed as an operation");
		}
		operations.stream()
			.filter(operation -> !operation.path().equals(ERROR_PATH) && !operation.documentsProblems())
			.forEach(operation -> gaps.add(operation.name() + " documents no 4xx response as application/problem+json"
					+ " (it documents " + operation.responses() + ")"));
		return gaps;
	}

	private Operation operation(String path, String method, JsonNode pathItem, JsonNode operation) {
		JsonNode components = document.path("components");
		JsonNode body = new Schema(operation.path("requestBody"), components).resolved().node();
		return new Operation(method, path, parameters(pathItem, operation, components), bodySchema(body, components),
				body.path("required").asBoolean(false), responses(operation, components), security(operation));
	}

	/** The path item's parameters and the operation's, an operation's replacing a path item's of the same name and place. */
	private static List<Parameter> parameters(JsonNode pathItem, JsonNode operation, JsonNode components) {
		Map<String, Parameter> parameters = new LinkedHashMap<>();
		for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
			for (JsonNode reference : declared.values()) {
				JsonNode parameter = new Schema(reference, components).resolved().node();
				String name = parameter.path("name").asString();
				String in = parameter.path("in").asString();
				parameters.put(in + " " + name, new Parameter(name, in, parameter.path("required").asBoolean(false),
						new Schema(parameter.path("schema"), components)));
			}
		}
		return List.copyOf(parameters.values());
	}

	private static Map<String, List<String>> responses(JsonNode operation, JsonNode components) {
		Map<String, List<String>> responses = new LinkedHashMap<>();
		operation.path("responses").properties().forEach(response -> responses.put(response.getKey(),
				List.copyOf(new Schema(response.getValue(), components).resolved().node().path("content").propertyNames())));
		return responses;
	}

	/** The JSON body's schema ({@code application/json}, else the first content type's), or null. */
	private static Schema bodySchema(JsonNode body, JsonNode components) {
		JsonNode content = body.path("content");
		if (content.isEmpty()) {
			return null;
		}
		JsonNode json = content.has("application/json") ? content.get("application/json") : content.values().iterator().next();
		return new Schema(json.path("schema"), components);
	}

	private List<String> security(JsonNode operation) {
		JsonNode requirements = operation.has("security") ? operation.get("security") : document.path("security");
		List<String> schemes = new ArrayList<>();
		requirements.values().forEach(requirement -> schemes.addAll(requirement.propertyNames()));
		return List.copyOf(schemes);
	}

}
