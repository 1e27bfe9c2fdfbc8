package org.reachback.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request of one case. A case is valid, at the limits or hostile ({@link Draw#mode()}); a case
 * that is not valid is so in one part of the request only (the path, the query, a header, the body's
 * values, the whole body or its Content-Type), so that the answer tells which part was refused.
 */
final class CaseMaker {

	private enum Part {
		PATH, QUERY, HEADERS, BODY, DOCUMENT, CONTENT_TYPE, NONE
	}

	/**
	 * Accept headers besides the one naming what the operation produces; null means none at all. A
	 * client that prefers problem details to JSON gets its successes labelled as problem details
	 * (Spring's JSON converter writes any {@code application/*+json}), so none here does.
	 */
	private static final List<String> OTHER_ACCEPTS = Arrays.asList("*/*", "application/json, application/problem+json",
			"text/html", null);

	private final KnownValues known;

	private final Credentials credentials;

	CaseMaker(KnownValues known, Credentials credentials) {
		this.known = known;
		this.credentials = credentials;
	}

	FuzzRequest request(Operation operation, Draw draw) {
		Mode mode = draw.mode();
		Part part = part(operation, mode, draw);
		Map<String, String> pathValues = new LinkedHashMap<>();
		String target = new TargetWriter(known, draw).target(operation, in(part, Part.PATH, mode), in(part, Part.QUERY, mode),
				pathValues);
		Map<String, String> headers = headers(operation, in(part, Part.HEADERS, mode), pathValues, draw);
		byte[] body = null;
		if (operation.body() != null && (operation.bodyRequired() || part != Part.NONE || draw.chance(0.85))) {
			String valid = new BodyWriter(known, draw).document(operation.body(), in(part, Part.BODY, mode));
			body = part == Part.DOCUMENT ? HostileBodies.document(valid, draw) : valid.getBytes(StandardCharsets.UTF_8);
			putUnlessNull(headers, "Content-Type", part == Part.CONTENT_TYPE ? draw.pick(HostileBodies.CONTENT_TYPES)
					: "application/json");
		}
		return new FuzzRequest(operation.method().toUpperCase(Locale.ROOT), target, headers, body);
	}

	private Map<String, String> headers(Operation operation, Mode mode, Map<String, String> pathValues, Draw draw) {
		Map<String, String> headers = new LinkedHashMap<>();
		putUnlessNull(headers, "Accept", draw.chance(0.5) ? produced(operation) : draw.pick(OTHER_ACCEPTS));
		putUnlessNull(headers, "Authorization", credentials.authorization(operation, pathValues, draw.random()));
		for (Parameter parameter : operation.parameters("header")) {
			if (parameter.required() || draw.chance(0.5)) {
				headers.put(parameter.name(), header(parameter, draw.value(mode), draw));
			}
		}
		return headers;
	}

	private static void putUnlessNull(Map<String, String> headers, String name, String value) {
		if (value != null) {
			headers.put(name, value);
		}
	}

	/** What the operation's successes are documented as, and problem details, as a client of it would accept them. */
	private static String produced(Operation operation) {
		List<String> types = operation.responses().entrySet().stream()
			.filter(response -> response.getKey().startsWith("2"))
			.flatMap(response -> response.getValue().stream())
			.filter(type -> !type.equals("*/*"))
			.distinct()
			.toList();
		return (types.isEmpty() ? "application/json" : String.join(", ", types)) + ", application/problem+json";
	}

	/** The part a case that is not valid is so in, among the parts the operation has. */
	private static Part part(Operation operation, Mode mode, Draw draw) {
		if (mode == Mode.VALID) {
			return Part.NONE;
		}
		List<Part> parts = new ArrayList<>();
		if (!operation.parameters("path").isEmpty()) {
			parts.add(Part.PATH);
		}
		if (mode == Mode.HOSTILE || !operation.parameters("query").isEmpty()) {
			parts.add(Part.QUERY);
		}
		if (!operation.parameters("header").isEmpty()) {
			parts.add(Part.HEADERS);
		}
		if (operation.body() != null) {
			parts.addAll(mode == Mode.HOSTILE ? List.of(Part.BODY, Part.BODY, Part.DOCUMENT, Part.CONTENT_TYPE) : List.of(Part.BODY));
		}
		return parts.isEmpty() ? Part.NONE : draw.pick(parts);
	}

	private static Mode in(Part part, Part which, Mode mode) {
		return part == which ? mode : Mode.VALID;
	}

	private String header(Parameter parameter, Mode mode, Draw draw) {
		return switch (mode) {
			case HOSTILE -> draw.pick(HostileTargets.HEADER_VALUES);
			case BOUNDARY -> LimitValues.of(parameter.schema().resolved(), draw);
			default -> ScalarValues.valid(parameter.schema().resolved(), parameter.name(), known, draw);
		};
	}

}
