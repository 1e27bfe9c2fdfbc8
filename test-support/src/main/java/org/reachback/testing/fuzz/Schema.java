package org.reachback.testing.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON Schema of a served specification, read the way the fuzzer needs it: {@code $ref}s into
 * {@code components/schemas} followed, and OpenAPI 3.1's {@code "type": ["string", "null"]} read as
 * its non-null type.
 */
public record Schema(JsonNode node, JsonNode components) {

	/** The schema that allows anything, for a value the specification does not describe. */
	static Schema any() {
		return new Schema(JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode());
	}

	/**
	 * This schema (or parameter, request body, response) with its {@code $ref}s into
	 * {@code components} and its single-element {@code allOf}s followed, at most 20 deep.
	 */
	Schema resolved() {
		JsonNode current = node;
		for (int hops = 0; hops < 20; hops++) {
			if (current.has("$ref")) {
				current = referenced(current.get("$ref").asString());
			}
			else if (current.path("allOf").size() == 1) {
				current = current.get("allOf").get(0);
			}
			else {
				break;
			}
		}
		return new Schema(current, components);
	}

	/** {@code #/components/schemas/Chat} (or {@code parameters}, {@code requestBodies}, {@code responses}) in this document. */
	private JsonNode referenced(String ref) {
		JsonNode target = components;
		String[] segments = ref.replaceFirst("^#/components/", "").split("/");
		for (String segment : segments) {
			target = target.path(segment.replace("~1", "/").replace("~0", "~"));
		}
		return target;
	}

	/** {@code object}, {@code array}, {@code string}, {@code integer}, {@code number}, {@code boolean}, or empty for any. */
	String type() {
		JsonNode type = node.path("type");
		if (type.isString()) {
			return type.asString();
		}
		for (JsonNode each : type.values()) {
			if (!"null".equals(each.asString())) {
				return each.asString();
			}
		}
		return node.has("properties") ? "object" : node.has("items") ? "array" : node.has("enum") ? "string" : "";
	}

	String format() {
		return node.path("format").asString("");
	}

	List<String> enumValues() {
		return node.path("enum").values().stream().filter(JsonNode::isString).map(JsonNode::asString).toList();
	}

	/** The specification's example, if it gives one as text or a number. */
	String example() {
		JsonNode example = node.has("example") ? node.get("example") : node.path("examples").path(0);
		return example.isString() || example.isNumber() ? example.asString() : null;
	}

	/** A numeric keyword such as {@code minimum} or {@code maxLength}, or null. */
	BigDecimal number(String keyword) {
		JsonNode value = node.path(keyword);
		return value.isNumber() ? value.decimalValue() : null;
	}

	Map<String, Schema> properties() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		node.path("properties").properties().forEach(p -> properties.put(p.getKey(), new Schema(p.getValue(), components)));
		return properties;
	}

	Set<String> required() {
		Set<String> required = new TreeSet<>();
		node.path("required").values().forEach(name -> required.add(name.asString()));
		return required;
	}

	Schema items() {
		return new Schema(node.path("items"), components);
	}

	/** The choices of a {@code oneOf} or {@code anyOf}, empty when there are none. */
	List<Schema> alternatives() {
		List<Schema> alternatives = new ArrayList<>();
		for (String keyword : List.of("oneOf", "anyOf")) {
			node.path(keyword).values().forEach(choice -> alternatives.add(new Schema(choice, components)));
		}
		return alternatives;
	}

}
