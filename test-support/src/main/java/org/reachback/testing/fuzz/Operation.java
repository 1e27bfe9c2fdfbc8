package org.reachback.testing.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operation of a served specification.
 *
 * @param method lower case, as the specification writes it
 * @param body the request body's JSON schema, or null when the operation takes none
 * @param responses each documented status (or range such as {@code 4XX}, or {@code default}) with
 * the content types it documents
 * @param security the names of the security schemes it requires, empty when it is public
 */
public record Operation(String method, String path, List<Parameter> parameters, Schema body, boolean bodyRequired,
		Map<String, List<String>> responses, List<String> security) {

	private static final String PROBLEM = "application/problem+json";

	/** {@code GET /api/v1/things/{id}} */
	public String name() {
		return method.toUpperCase(Locale.ROOT) + " " + path;
	}

	public List<Parameter> parameters(String in) {
		return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
	}

	/** Whether it answers a stream of server-sent events, whose bodies the fuzzer does not read. */
	public boolean eventStream() {
		return responses.values().stream().flatMap(List::stream).anyMatch(type -> type.startsWith("text/event-stream"));
	}

	/** Whether {@code status} is documented: exactly, by its range ({@code 4XX}) or by {@code default}. */
	public boolean documents(int status) {
		return responses.containsKey(String.valueOf(status)) || responses.containsKey(status / 100 + "XX")
				|| responses.containsKey(status / 100 + "xx") || responses.containsKey("default");
	}

	/** The content types documented for {@code status} (exactly, else by its range, else by {@code default}), empty when none are. */
	public List<String> contentTypes(int status) {
		for (String key : List.of(String.valueOf(status), status / 100 + "XX", status / 100 + "xx", "default")) {
			if (responses.containsKey(key)) {
				return responses.get(key);
			}
		}
		return List.of();
	}

	/** Whether at least one 4xx response is documented as problem details. */
	public boolean documentsProblems() {
		return responses.entrySet()
			.stream()
			.anyMatch(response -> response.getKey().startsWith("4") && response.getValue().contains(PROBLEM));
	}

}
