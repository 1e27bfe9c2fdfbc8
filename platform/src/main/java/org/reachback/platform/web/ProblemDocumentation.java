package org.reachback.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every service's OpenAPI documents its errors as they are answered: each error response is
 * {@code application/problem+json} with the {@code Problem} schema (never the success schema), and
 * every operation lists the errors the platform gives any request (bad input, credentials, body
 * size and type, rate limits, an unreachable database) beside the ones its controller declares.
 */
final class ProblemDocumentation implements OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	private static final Map<String, String> ANY_REQUEST = Map.of("406",
			"The Accept header allows none of the media types this operation answers with", "400",
			"Invalid request: a parameter, the path or the body is malformed or breaks a rule", "401",
			"Credentials are missing, wrong or expired", "403",
			"These credentials, or this page's origin, may not make this request", "429",
			"Too many requests: wait for the seconds in Retry-After", "503",
			"The service cannot reach its database; try again after Retry-After");

	private static final Map<String, String> WITH_BODY = Map.of("413", "The request body is larger than the service accepts",
			"415", "The request body is not JSON");

	private static final Set<PathItem.HttpMethod> BODY_METHODS = Set.of(PathItem.HttpMethod.POST,
			PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(SCHEMA, problemSchema());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().remove("/error");
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			ANY_REQUEST.forEach((code, description) -> responses.putIfAbsent(code, new ApiResponse().description(description)));
			if (path.contains("{")) {
				responses.putIfAbsent("404", new ApiResponse().description("Nothing is here"));
			}
			if (BODY_METHODS.contains(method) && operation.getRequestBody() != null) {
				WITH_BODY.forEach((code, description) -> responses.putIfAbsent(code, new ApiResponse().description(description)));
			}
			responses.forEach((code, response) -> {
				if (isError(code)) {
					response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
				}
			});
		}));
	}

	private static boolean isError(String code) {
		return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema());
		error.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.setDescription("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri").example("about:blank"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri-reference"));
		problem.addProperty("errors", new ArraySchema().items(error).description("each invalid field, for invalid bodies"));
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

}
