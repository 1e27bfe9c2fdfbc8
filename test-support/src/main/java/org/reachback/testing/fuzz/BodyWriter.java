package org.reachback.testing.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies for a schema, written as text by the fuzzer itself so that hostile encodings (a lone
 * surrogate, a number past every range, a key twice) reach the server as they are. In a hostile
 * body some values are hostile, a required property may be missing and an unknown one present.
 */
final class BodyWriter {

	private static final int DEEPEST = 6;

	private static final List<String> UNKNOWN_PROPERTIES = List.of("unknown", "__proto__", "constructor", "@class",
			"id", "admin", "", "\u0000");

	private final KnownValues known;

	private final Draw draw;

	BodyWriter(KnownValues known, Draw draw) {
		this.known = known;
		this.draw = draw;
	}

	String document(Schema schema, Mode mode) {
		return value(schema, "", mode, 0);
	}

	private String value(Schema declared, String name, Mode mode, int depth) {
		Schema schema = declared.resolved();
		if (!schema.alternatives().isEmpty()) {
			schema = draw.pick(schema.alternatives()).resolved();
		}
		Mode own = draw.value(mode);
		if (own == Mode.HOSTILE && draw.chance(0.5)) {
			return Hostile.json(draw);
		}
		return switch (schema.type()) {
			case "object" -> depth >= DEEPEST ? "{}" : object(schema, mode, depth);
			case "array" -> depth >= DEEPEST ? "[]" : array(schema, name, mode, own, depth);
			default -> scalar(schema, name, own);
		};
	}

	private String object(Schema schema, Mode mode, int depth) {
		List<String> members = new ArrayList<>();
		for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
			boolean required = schema.required().contains(property.getKey());
			boolean dropped = required ? mode == Mode.HOSTILE && draw.chance(0.15) : !draw.chance(0.6);
			if (!dropped) {
				members.add(JsonText.quote(property.getKey()) + ":" + value(property.getValue(), property.getKey(), mode, depth + 1));
			}
		}
		if (mode == Mode.HOSTILE && draw.chance(0.25)) {
			members.add(draw.between(0, members.size()),
					JsonText.quote(draw.pick(UNKNOWN_PROPERTIES)) + ":" + (draw.chance(0.5) ? "1" : Hostile.json(draw)));
		}
		if (mode == Mode.HOSTILE && !members.isEmpty() && draw.chance(0.1)) {
			members.add(draw.pick(members));
		}
		return "{" + String.join(",", members) + "}";
	}

	private String array(Schema schema, String name, Mode mode, Mode own, int depth) {
		int fewest = length(schema, "minItems", 0);
		int most = length(schema, "maxItems", fewest + 3);
		int count = own == Mode.BOUNDARY ? draw.pick(List.of(0, fewest, most, most + 1, 200))
				: draw.between(fewest, Math.max(fewest, Math.min(most, fewest + 3)));
		List<String> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(value(schema.items(), name, i < 20 ? mode : Mode.VALID, depth + 1));
		}
		return "[" + String.join(",", items) + "]";
	}

	private String scalar(Schema schema, String name, Mode own) {
		String text = own == Mode.BOUNDARY ? LimitValues.of(schema, draw) : ScalarValues.valid(schema, name, known, draw);
		return ScalarValues.bare(schema) ? text : JsonText.quote(text);
	}

	private static int length(Schema schema, String keyword, int otherwise) {
		BigDecimal length = schema.number(keyword);
		return length == null ? otherwise : length.min(BigDecimal.valueOf(50)).intValue();
	}

}
