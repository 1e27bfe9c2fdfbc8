package org.reachback.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's target: the operation's path with its parameters filled in and percent-encoded, and a
 * query string. Hostile parts are put in as they are on the line, malformed escapes included.
 */
final class TargetWriter {

	private final KnownValues known;

	private final Draw draw;

	TargetWriter(KnownValues known, Draw draw) {
		this.known = known;
		this.draw = draw;
	}

	/** @param values filled with each path parameter's value, decoded, or in wire form when hostile */
	String target(Operation operation, Mode pathMode, Mode queryMode, Map<String, String> values) {
		return path(operation, pathMode, values) + query(operation, queryMode);
	}

	private String path(Operation operation, Mode mode, Map<String, String> values) {
		Map<String, Parameter> declared = new LinkedHashMap<>();
		operation.parameters("path").forEach(parameter -> declared.put(parameter.name(), parameter));
		StringBuilder path = new StringBuilder();
		String template = operation.path();
		int at = 0;
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
			int close = template.indexOf('}', open);
			String name = template.substring(open + 1, close);
			Parameter parameter = declared.getOrDefault(name, new Parameter(name, "path", true, Schema.any()));
			Mode own = draw.value(mode);
			String value = own == Mode.HOSTILE ? draw.pick(HostileTargets.PATH_SEGMENTS) : value(parameter, own);
			values.put(name, value);
			path.append(template, at, open).append(own == Mode.HOSTILE ? value : UriText.encode(value));
			at = close + 1;
		}
		return path.append(template.substring(at)).toString();
	}

	private String query(Operation operation, Mode mode) {
		List<String> pairs = new ArrayList<>();
		for (Parameter parameter : operation.parameters("query")) {
			if (parameter.required() || draw.chance(0.5)) {
				Mode own = draw.value(mode);
				String value = own == Mode.HOSTILE ? draw.pick(HostileTargets.QUERY_VALUES) : UriText.encode(value(parameter, own));
				pairs.add(UriText.encode(parameter.name()) + "=" + value);
			}
		}
		if (mode == Mode.HOSTILE) {
			switch (pairs.isEmpty() ? 0 : draw.between(0, 2)) {
				case 0 -> pairs.add(draw.between(0, pairs.size()), draw.pick(HostileTargets.QUERIES));
				case 1 -> pairs.addAll(List.copyOf(pairs));
				default -> pairs.replaceAll(pair -> pair.substring(0, pair.indexOf('=') + 1) + draw.pick(HostileTargets.QUERY_VALUES));
			}
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	private String value(Parameter parameter, Mode own) {
		Schema schema = parameter.schema().resolved();
		return own == Mode.BOUNDARY ? LimitValues.of(schema, draw) : ScalarValues.valid(schema, parameter.name(), known, draw);
	}

}
